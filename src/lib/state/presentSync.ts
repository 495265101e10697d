/** What the audience window and the presenter view tell each other. */
export type PresentMessage = { type: 'slide'; node: string | null } | { type: 'blank'; on: boolean };

/**
 * Keeps the audience window and the presenter view of one plan on the same slide, the way
 * reveal.js's speaker view does: each window announces its own moves on a BroadcastChannel
 * (same origin only) and follows the other's. Nothing leaves the browser.
 */
export class PresentSync {
  private readonly channel: BroadcastChannel | null;

  constructor(planId: string, onMessage: (m: PresentMessage) => void) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`welfare-plan-explorer:present:${planId}`) : null;
    this.channel?.addEventListener('message', (e: MessageEvent) => {
      const m = e.data as PresentMessage;
      if (m?.type === 'slide' && (m.node === null || typeof m.node === 'string')) onMessage(m);
      else if (m?.type === 'blank' && typeof m.on === 'boolean') onMessage(m);
    });
  }

  post(m: PresentMessage): void {
    this.channel?.postMessage(m);
  }

  close(): void {
    this.channel?.close();
  }
}
