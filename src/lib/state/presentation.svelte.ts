import type { PlanNode } from '../plan/schema';
import type { Viewer } from './viewer.svelte';
import { slides } from './slides';
import { isTyping } from './isTyping';

export interface PresentActions {
  leave(): void;
  fullscreen(): void;
  /** Opens the presenter view in a second window (the audience window) or closes it. */
  presenter(): void;
  /** Tells the other window (audience ⇄ presenter) about the screen going blank. */
  blanked(on: boolean): void;
  /** Shows or hides the slide's QR code. */
  qr(): void;
}

/** Swipes shorter than this, px, are taps. */
const SWIPE_PX = 60;

/**
 * A talk through one plan: the deck in speaking order, where we are, the blank screen, and
 * the keys a clicker or keyboard sends. Moving is done through the viewer, whose focus lives
 * in the URL, so a slide can be linked and both windows follow it.
 */
export class Presentation {
  readonly deck: PlanNode[];
  blank = $state(false);
  readonly at: number;
  readonly current: PlanNode;
  readonly next: PlanNode | null;
  private swipeFrom: { x: number; y: number } | null = null;

  constructor(
    private readonly viewer: Viewer,
    private readonly actions: PresentActions,
  ) {
    this.deck = slides(viewer.tree);
    this.at = $derived(Math.max(0, this.deck.indexOf(viewer.focus)));
    this.current = $derived(this.deck[this.at]);
    this.next = $derived(this.deck[this.at + 1] ?? null);
  }

  show(i: number): void {
    this.viewer.focusOn(this.deck[Math.max(0, Math.min(this.deck.length - 1, i))].id);
  }
  forward = () => this.show(this.at + 1);
  back = () => this.show(this.at - 1);

  setBlank(on: boolean, tell = true): void {
    this.blank = on;
    if (tell) this.actions.blanked(on);
  }

  /** Keys of a keyboard or a presentation clicker (which sends PageDown / PageUp / B / .). */
  onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const k = e.key;
    if (this.blank && k !== 'Escape') {
      // Any key brings the picture back, without moving on.
      e.preventDefault();
      this.setBlank(false);
      return;
    }
    const goals = this.viewer.plan.root.children;
    const act: Record<string, () => unknown> = {
      ArrowRight: this.forward, PageDown: this.forward, ' ': this.forward, ArrowDown: this.forward,
      ArrowLeft: this.back, PageUp: this.back, ArrowUp: this.back,
      Home: () => this.show(0), End: () => this.show(this.deck.length - 1),
      b: () => this.setBlank(true), B: () => this.setBlank(true), '.': () => this.setBlank(true),
      s: this.actions.presenter, S: this.actions.presenter, f: this.actions.fullscreen, F: this.actions.fullscreen,
      q: this.actions.qr, Q: this.actions.qr,
      Escape: () => (this.blank ? this.setBlank(false) : this.actions.leave()),
    };
    if (/^[1-9]$/.test(k) && goals[+k - 1]) act[k] = () => this.viewer.focusOn(goals[+k - 1].id);
    if (act[k] && !(e.target instanceof HTMLButtonElement && (k === ' ' || k === 'Enter'))) {
      e.preventDefault();
      act[k]();
    }
  };

  /** Touch: a sideways swipe moves a slide (left: next, right: previous). */
  onPointerDown = (e: PointerEvent): void => {
    this.swipeFrom = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY };
  };
  onPointerUp = (e: PointerEvent): void => {
    const from = this.swipeFrom;
    this.swipeFrom = null;
    if (!from) return;
    const dx = e.clientX - from.x;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(e.clientY - from.y)) (dx < 0 ? this.forward : this.back)();
  };
}
