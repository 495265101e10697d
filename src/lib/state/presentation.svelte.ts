import type { PlanNode } from '../plan/schema';
import type { Viewer } from './viewer.svelte';
import { slides } from './slides';
import { isTyping } from './isTyping';
import type { PageRange } from '../layout/paginate';
import type { AudienceFit, PresentMessage } from './presentSync';

export interface PresentActions {
  leave(): void;
  fullscreen(): void;
  /** Opens the presenter view in a second window (the audience window) or closes it. */
  presenter(): void;
  /** Tells the other window (audience ⇄ presenter) about the screen going blank. */
  blanked(on: boolean): void;
  /** Shows or hides the slide's QR code. */
  qr(): void;
  /** Tells the other window which page of a continued slide is shown. */
  turned(node: string, part: number): void;
}

/** The smallest screen the slides are made for, px (a 1024×768 or 1280×720 projector). */
export const SLIDE_MIN_WIDTH = 1024;
export const SLIDE_MIN_HEIGHT = 720;
/** A slide not yet measured: one page with everything. */
const WHOLE: PageRange[] = [{ from: 0, to: Infinity }];

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
  /** How the audience window cut its slide for its screen (measured there, told to the presenter view). */
  fit = $state.raw<AudienceFit | null>(null);
  /** The pages of this slide, and which one is shown (Infinity: the last, once known). */
  readonly pages: PageRange[];
  readonly part: number;
  /** True when the audience window is smaller than the slides need (the presenter view warns). */
  readonly tooSmall: boolean;
  private turnedTo = $state<{ node: string; part: number } | null>(null);
  private swipeFrom: { x: number; y: number } | null = null;

  constructor(
    private readonly viewer: Viewer,
    private readonly actions: PresentActions,
  ) {
    this.deck = slides(viewer.tree);
    this.at = $derived(Math.max(0, this.deck.indexOf(viewer.focus)));
    this.current = $derived(this.deck[this.at]);
    this.next = $derived(this.deck[this.at + 1] ?? null);
    this.pages = $derived(this.fit?.node === this.current.id ? this.fit.pages : WHOLE);
    this.part = $derived(
      this.turnedTo?.node === this.current.id ? Math.max(0, Math.min(this.turnedTo.part, this.pages.length - 1)) : 0,
    );
    this.tooSmall = $derived(
      !!this.fit && (this.fit.overflow || this.fit.width < SLIDE_MIN_WIDTH || this.fit.height < SLIDE_MIN_HEIGHT),
    );
  }

  /** Moves to slide i, on its first page (or, with `part`, that page: Infinity for the last). */
  show(i: number, part = 0): void {
    const id = this.deck[Math.max(0, Math.min(this.deck.length - 1, i))].id;
    this.viewer.focusOn(id);
    this.turn(id, part);
  }
  /** Shows a page of the slide of `node`; `tell` the other window unless it told us. */
  turn(node: string, part: number, tell = true): void {
    this.turnedTo = { node, part };
    if (tell) this.actions.turned(node, part);
  }
  get isLast(): boolean {
    return this.at === this.deck.length - 1 && this.part === this.pages.length - 1;
  }
  /** A continued slide's next page, else the next slide. */
  forward = () =>
    this.part < this.pages.length - 1
      ? this.turn(this.current.id, this.part + 1)
      : this.at < this.deck.length - 1 && this.show(this.at + 1);
  /** A continued slide's page before, else the last page of the slide before. */
  back = () =>
    this.part > 0 ? this.turn(this.current.id, this.part - 1) : this.at > 0 && this.show(this.at - 1, Infinity);

  setBlank(on: boolean, tell = true): void {
    this.blank = on;
    if (tell) this.actions.blanked(on);
  }

  /**
   * A message from the other window (all but a slide change, which moves the route): a blank
   * screen, a page turned, how the audience window cut its slide; a presenter view saying hello
   * is told where the audience window is. Returns the answers to send back.
   */
  hear(m: Exclude<PresentMessage, { type: 'slide' }>, presenter: boolean): PresentMessage[] {
    if (m.type === 'blank') this.setBlank(m.on, false);
    else if (m.type === 'part') this.turn(m.node, m.part, false);
    else if (m.type === 'fit' && presenter)
      this.fit = { node: m.node, pages: m.pages, overflow: m.overflow, width: m.width, height: m.height };
    else if (m.type === 'hello' && !presenter && this.fit)
      return [
        { type: 'fit', ...this.fit },
        { type: 'part', node: this.current.id, part: this.part },
      ];
    return [];
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
      ArrowRight: this.forward,
      PageDown: this.forward,
      ' ': this.forward,
      ArrowDown: this.forward,
      ArrowLeft: this.back,
      PageUp: this.back,
      ArrowUp: this.back,
      Home: () => this.show(0),
      End: () => this.show(this.deck.length - 1),
      b: () => this.setBlank(true),
      B: () => this.setBlank(true),
      '.': () => this.setBlank(true),
      s: this.actions.presenter,
      S: this.actions.presenter,
      f: this.actions.fullscreen,
      F: this.actions.fullscreen,
      q: this.actions.qr,
      Q: this.actions.qr,
      Escape: () => (this.blank ? this.setBlank(false) : this.actions.leave()),
    };
    if (/^[1-9]$/.test(k) && goals[+k - 1]) act[k] = () => this.show(this.deck.indexOf(goals[+k - 1]));
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
