/** Keys typed into a field (or inside a dialog) belong to it, not to the page's shortcuts. */
export const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  !!t.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog');
