import { yieldToMain } from './yieldToMain';

/**
 * A component's start-up in named pieces, each drawn in a task of its own: the first at once,
 * each next one after the browser has had its turn (and after what it waits for, e.g. its
 * code). On a phone the whole of a plan's view in one go is a task of a few hundred
 * milliseconds in which a tap does nothing; piece by piece no task of ours is long.
 * A performance mark `start-up:<piece>` says when each piece was let in. A component marks
 * itself `data-starting` until its start-up is done: a plan's own page keeps its static text
 * on screen until none is left (src/planPage.ts).
 */
export class StartUp<Piece extends string> {
  #shown = $state(1);
  #waiting: { piece: Piece; resolve: () => void }[] = [];

  constructor(
    private readonly pieces: readonly Piece[],
    waits: Partial<Record<Piece, () => Promise<unknown>>> = {},
  ) {
    void this.#run(waits);
  }

  /** Whether `piece` is in (drawn, or being drawn in this update). */
  has(piece: Piece): boolean {
    return this.pieces.indexOf(piece) < this.#shown;
  }

  get done(): boolean {
    return this.#shown >= this.pieces.length;
  }

  /** Resolves once `piece` is in (a press of 印刷 during the start-up waits for the printed sheets). */
  reached(piece: Piece): Promise<void> {
    if (this.has(piece)) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push({ piece, resolve }));
  }

  async #run(waits: Partial<Record<Piece, () => Promise<unknown>>>): Promise<void> {
    for (const piece of this.pieces.slice(1)) {
      // A piece whose code could not load is let in anyway: it shows its own failure, and the rest still come.
      await waits[piece]?.().catch(() => {});
      // Drawn in a task of its own, not in the one that ran its code.
      await yieldToMain();
      this.#shown++;
      globalThis.performance?.mark?.(`start-up:${piece}`);
      for (const w of this.#waiting.filter((x) => x.piece === piece)) w.resolve();
    }
  }
}

/**
 * A long list drawn `chunk` items at a time, one chunk per task, in the list's order (so each
 * chunk goes after the ones before it and nothing drawn moves). `shows(i)`: whether the item
 * at position i is in. Once all are in, items added later (an edit) show at once.
 */
export class Reveal {
  // One flag per chunk: letting a chunk in wakes only its own items, not every item before it
  // (with one count for all, a plan of thousands of items would re-check them all for each chunk).
  #chunks = $state<boolean[]>([]);
  #done = $state(false);

  constructor(
    private readonly total: number,
    private readonly chunk: number,
  ) {
    this.#chunks = Array.from({ length: Math.ceil(total / chunk) }, (_, i) => i === 0);
    this.#done = this.#chunks.length <= 1;
    void this.#run();
  }

  shows(position: number): boolean {
    return position < this.total ? this.#chunks[Math.floor(position / this.chunk)] : this.#done;
  }

  get done(): boolean {
    return this.#done;
  }

  async #run(): Promise<void> {
    for (let i = 1; i < this.#chunks.length; i++) {
      await yieldToMain();
      this.#chunks[i] = true;
    }
    this.#done = true;
  }
}

/** Each item's position in a tree read top to bottom (the order a Reveal draws them in). */
export function treeOrder<T extends { id: string; children: T[] }>(root: T): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (n: T) => (order.set(n.id, order.size), n.children.forEach(visit));
  visit(root);
  return order;
}
