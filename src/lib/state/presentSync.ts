import type { PageRange } from '../layout/paginate';

/** How the audience window's slides are cut for its screen, and the screen's size (px). */
export interface AudienceFit {
  node: string;
  pages: PageRange[];
  overflow: boolean;
  width: number;
  height: number;
}

/** What the audience window and the presenter view tell each other. */
export type PresentMessage =
  | { type: 'slide'; node: string | null }
  | { type: 'blank'; on: boolean }
  /** Which page of a continued slide (「(続き)」) is shown. */
  | { type: 'part'; node: string; part: number }
  /** From the audience window: how its slide is cut to fit its screen. */
  | ({ type: 'fit' } & AudienceFit)
  /** From a presenter view that has just opened: asks the audience window for its fit. */
  | { type: 'hello' };

const valid = (m: PresentMessage | null | undefined): boolean => {
  switch (m?.type) {
    case 'slide':
      return m.node === null || typeof m.node === 'string';
    case 'blank':
      return typeof m.on === 'boolean';
    case 'part':
      return typeof m.node === 'string' && typeof m.part === 'number';
    case 'fit':
      return (
        typeof m.node === 'string' &&
        Array.isArray(m.pages) &&
        typeof m.width === 'number' &&
        typeof m.height === 'number'
      );
    case 'hello':
      return true;
    default:
      return false;
  }
};

/**
 * Keeps the audience window and the presenter view of one plan on the same slide, the way
 * reveal.js's speaker view does: each window announces its own moves on a BroadcastChannel
 * (same origin only) and follows the other's. Nothing leaves the browser.
 */
export class PresentSync {
  private readonly channel: BroadcastChannel | null;

  constructor(planId: string, onMessage: (m: PresentMessage) => void) {
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(`welfare-plan-explorer:present:${planId}`) : null;
    this.channel?.addEventListener('message', (e: MessageEvent) => {
      const m = e.data as PresentMessage;
      if (valid(m)) onMessage(m);
    });
  }

  post(m: PresentMessage): void {
    this.channel?.postMessage(m);
  }

  close(): void {
    this.channel?.close();
  }
}
