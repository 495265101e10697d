/**
 * Width folding shared by the compiler and search: full-width ASCII (！–～) to half-width and
 * the ideographic space to a space. Same length, so offsets into the original stay valid.
 */
export function halfWidthAscii(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
