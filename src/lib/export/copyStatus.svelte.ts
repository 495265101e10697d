/** How long 「コピーしました」 stays; a failure stays until the next copy (the person copies by hand). */
const DONE_SHOWN_MS = 4000;

/**
 * One button's copy to the clipboard and what it says afterwards. The clipboard can refuse (an
 * http page, a locked-down browser, a denied permission): then it says so, never 「コピーしました」.
 */
export class CopyStatus {
  message = $state('');
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Copies `text`; shows `done` on success or `failed` (what to do instead). True when copied. */
  async copy(text: string, done: string, failed: string): Promise<boolean> {
    clearTimeout(this.#timer);
    let copied = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      copied = false;
    }
    this.message = copied ? done : failed;
    if (copied) this.#timer = setTimeout(() => (this.message = ''), DONE_SHOWN_MS);
    return copied;
  }
}
