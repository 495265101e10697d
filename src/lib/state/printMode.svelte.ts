/** What the next print is: the plan handout (the default) or the evaluation sheets. */
class PrintMode {
  mode = $state<'handout' | 'progress' | 'voices'>('handout');

  /** Prints the evaluation sheets, then goes back to the handout for Ctrl+P. */
  printProgress(): void {
    this.mode = 'progress';
    const reset = () => ((this.mode = 'handout'), removeEventListener('afterprint', reset));
    addEventListener('afterprint', reset);
    window.print();
  }
}

export const printMode = new PrintMode();
