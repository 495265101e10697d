/**
 * Collapses the white space of an SVG text as the browser's layout does (line ends and tabs
 * become spaces, runs of spaces one, none at the start or end), in place, so that the text's
 * characters and the layout's addressable characters are the same, one for one.
 */
export function collapseText(text: Element): void {
  const nodes: Text[] = [];
  const walker = text.ownerDocument.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let afterSpace = true; // at the start, as after a space: leading spaces go
  for (const node of nodes) {
    let out = '';
    for (const ch of (node.data ?? '').replace(/[\t\n\r]/g, ' ')) {
      if (ch === ' ' && afterSpace) continue;
      out += ch;
      afterSpace = ch === ' ';
    }
    node.data = out;
  }
  // Trailing space: take it off the last node that has one.
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (!nodes[i].data) continue;
    if (nodes[i].data.endsWith(' ')) nodes[i].data = nodes[i].data.slice(0, -1);
    break;
  }
}
