/**
 * Text read from a PDF marks where each page begins with a form feed: the page of every
 * 1-based line, or null for text without page marks. Text that starts without one (what
 * pdftotext writes: a mark between pages only) begins on page 1.
 */
export function linePages(text: string): number[] | null {
  if (!text.includes('\f')) return null;
  let page = text.startsWith('\f') ? 0 : 1;
  return text.split(/\r\n|\r|\n/).map((l) => (page += (l.match(/\f/g) ?? []).length));
}
