/**
 * Keeps the newest content of something a person edits, one write at a time: a change while a
 * write is under way waits for it and is written next (changes in between are skipped, each
 * carries everything). "Saved" is said only when the newest content is the one written. A
 * long content waits for typing to pause (writing megabytes per keystroke would stall typing);
 * `flush` writes at once (the page is hidden or left).
 */
export class Autosave<T> {
  #waiting: T | null = null;
  #writing = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unsaved = false;
  #newest: T | null = null;

  constructor(
    /** Writes; true when it was kept (a problem is shown by whoever wrote). */
    private readonly write: (content: T) => Promise<boolean>,
    /** How long to wait for a pause before writing this content (0: at once). */
    private readonly pauseOf: (content: T) => number,
    /** Told false on every change, then true or false once the newest content is written or refused. */
    private readonly onSaved: (saved: boolean) => void,
  ) {}

  /** A change is not written yet (waiting, being written, or refused). */
  get unsaved(): boolean {
    return this.#unsaved;
  }

  /** The newest content while it is not written yet (null once it is). */
  get unwritten(): T | null {
    return this.#unsaved ? this.#newest : null;
  }

  change(content: T): void {
    this.#waiting = this.#newest = content;
    this.#unsaved = true;
    this.onSaved(false);
    this.#clearTimer();
    const pause = this.pauseOf(content);
    if (pause > 0) this.#timer = setTimeout(() => ((this.#timer = undefined), void this.#run()), pause);
    else void this.#run();
  }

  /** Writes what waits, now. */
  flush(): void {
    this.#clearTimer();
    void this.#run();
  }

  /** Forgets what waits (the content was given up, not changed). */
  drop(): void {
    this.#clearTimer();
    this.#waiting = this.#newest = null;
    this.#unsaved = false;
  }

  #clearTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #run(): Promise<void> {
    const content = this.#waiting;
    if (this.#writing || content === null) return;
    [this.#waiting, this.#writing] = [null, true];
    const kept = await this.write(content).catch(() => false);
    this.#writing = false;
    if (this.#waiting === null) {
      this.#unsaved = !kept;
      return this.onSaved(kept);
    }
    // Something newer came while writing: written next, unless it is still waiting for a pause.
    if (this.#timer === undefined) void this.#run();
  }
}
