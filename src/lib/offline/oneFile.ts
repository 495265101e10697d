/**
 * 「1 つのファイルで保存」: a plan as one HTML file. The build writes a template (one-file.html:
 * the code of the plan page and its presentation, inline, allowed by hash in its own CSP); the
 * app fills in the plan and what goes with it, and the file needs no network at all.
 */

/** The element of the template that carries the files (a data block: the browser never runs it). */
export const CARRIED_ID = 'carried-files';

/** What a file carries: the plan's id and the files the app would otherwise fetch, by path. */
export interface Carried {
  planId: string;
  files: Record<string, string>;
}

/** JSON that is safe inside a <script> element: no `</script>` or `<!--` can close or bend it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Characters Windows, macOS and USB sticks (FAT) refuse in a file name. */
// eslint-disable-next-line no-control-regex -- control characters are what a file name must not carry
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_NAME_LENGTH = 80;

/** The file's name: the council and the plan's title, as a person would find it on a USB stick. */
export function oneFileName(council: string, title: string): string {
  const name = [council, title]
    .map((s) => s.replace(UNSAFE_IN_NAME, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('_');
  return `${(name || '地域福祉活動計画').slice(0, MAX_NAME_LENGTH).replace(/[. ]+$/, '')}.html`;
}

/** The template's title, as the build writes it (src/build/singleFile.ts). */
export const TEMPLATE_TITLE = '<title>地域福祉活動計画</title>';
/** The template's empty place for the carried files. */
export const carriedSlot = (content = '') => `<script type="application/json" id="${CARRIED_ID}">${content}</script>`;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The template with the plan's title and its files filled in. Both places come before the
 * inline code (the first match is the place, never the code), and the plan's text goes in
 * escaped: it stays text. The code is left byte for byte (its CSP hash must still match).
 */
export function fillOneFile(template: string, title: string, carried: Carried): string {
  const slot = template.indexOf(carriedSlot());
  const named = template.indexOf(TEMPLATE_TITLE);
  if (slot < 0 || named < 0 || named > slot) throw new Error('one-file.html is not the template this app fills');
  const withData =
    template.slice(0, slot) + carriedSlot(scriptSafeJson(carried)) + template.slice(slot + carriedSlot().length);
  return (
    withData.slice(0, named) + `<title>${escapeText(title)}</title>` + withData.slice(named + TEMPLATE_TITLE.length)
  );
}

/** Is this page a one-file copy (the template marks its <html>)? Its page offers no site actions. */
export const inOneFile = (): boolean =>
  typeof document !== 'undefined' && document.documentElement.hasAttribute('data-one-file');
