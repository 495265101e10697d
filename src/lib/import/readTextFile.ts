/**
 * A text file chosen or dropped on the import page, read for the text box — or the reason it
 * cannot be, in words for council staff that name the file and say what to do. Nothing here
 * touches the text already in the box: the page replaces it only with a text that was read.
 */
import { decodeText, ENCODING_NAMES } from '../text/decodeText';

/** Files larger than this are not plan texts (a plan's text is a few hundred KB). */
export const MAX_FILE_BYTES = 5_000_000;
/** The most characters the text box takes, pasted or from a file (the compiler reads 20,000 lines). */
export const MAX_TEXT_CHARS = 3_000_000;

export type FileText = { text: string; note: string } | { problem: string };

const KEPT = '今のテキストはそのままです。';
const man = (n: number) => `${Math.ceil(n / 10_000).toLocaleString()} 万文字`;

/** The problem with a text for the box, or '' when it can go in. */
export function textProblem(text: string, from: string): string {
  if (!text.trim())
    return `「${from}」は空のファイルです(文字が入っていません)。${KEPT}計画書から保存し直したファイルか、別のファイルを選んでください。`;
  if (text.length > MAX_TEXT_CHARS)
    return `「${from}」は文字が多すぎます(${man(MAX_TEXT_CHARS)}まで。このファイルは ${man(text.length)})。${KEPT}計画の本文の部分だけにしてください。`;
  return '';
}

/** The problem with pasting `added` characters over `replaced` of a text of `length`, or ''. */
export function pasteProblem(length: number, replaced: number, added: number): string {
  const after = length - replaced + added;
  return after > MAX_TEXT_CHARS
    ? `貼り付けた文字が多すぎます(${man(MAX_TEXT_CHARS)}までです。貼り付けると ${man(after)})。${KEPT}計画の本文の部分だけをコピーして貼り付けてください。`
    : '';
}

export async function readTextFile(file: File): Promise<FileText> {
  if (file.size > MAX_FILE_BYTES)
    return { problem: `「${file.name}」は大きすぎます(5 MB まで)。${KEPT}計画の本文の部分だけを貼り付けてください。` };
  const decoded = decodeText(await file.arrayBuffer());
  if (!decoded)
    return {
      problem: `「${file.name}」は文字のファイルとして読めませんでした。${KEPT}計画書のテキスト(.txt)を選ぶか、本文をコピーして上の欄に貼り付けてください。`,
    };
  const problem = textProblem(decoded.text, file.name);
  if (problem) return { problem };
  return {
    text: decoded.text,
    note: decoded.encoding === 'utf-8' ? '' : `${ENCODING_NAMES[decoded.encoding]} の文字として読み込みました。`,
  };
}
