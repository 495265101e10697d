/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF;
 * a surrogate without its pair). One of them in a title makes an exported SVG unreadable, so
 * the compiler drops them from its input and the export drops any that came another way.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, control characters among them
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const stripXmlInvalid = (s: string): string => s.replace(XML_INVALID, '');

/**
 * A line of text as the compiler reads it: what XML forbids, and the controls XML allows but a
 * line of plan text has no use for (CR, VT, FF, ESC …, DEL). Tab stays (a table's column
 * break), and so does LF (the caller splits on it). The one stripper for compiler input.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is this function's work
export const stripControlChars = (s: string): string => stripXmlInvalid(s).replace(/[\u000B-\u001F\u007F]/g, '');
