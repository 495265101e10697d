import type { OfficeProblem } from './officeError';

const KINDS: Record<string, string> = { doc: 'Word', xls: 'Excel', ppt: 'PowerPoint' };
const NEWER: Record<string, string> = { doc: '.docx', xls: '.xlsx', ppt: '.pptx' };

/** One line for a person: what is wrong with the office file and what to do instead. */
export function officeMessage(problem: OfficeProblem, file: string): string {
  const ext = file.match(/\.(doc|xls|ppt)[xm]?$/i)?.[1].toLowerCase() ?? '';
  const app = KINDS[ext] ?? 'Office';
  switch (problem) {
    case 'encrypted':
      return `「${file}」はパスワードで保護されているため読めません。${app} でパスワードを外して保存し直してから選んでください。`;
    case 'legacy':
      return `「${file}」は古い形式(${ext ? `.${ext}` : '97-2003 形式'})のため読めません。${app} で開き「名前を付けて保存」で ${NEWER[ext] ?? '.docx・.xlsx・.pptx'} か PDF にしてから選んでください。`;
    case 'tooLarge':
      return `「${file}」は展開すると大きすぎるため、途中で読むのをやめました(壊れているか、計画書ではないファイルです)。計画の部分だけを別のファイルに保存してから選んでください。`;
    case 'unknown':
      return `「${file}」は Word・Excel・PowerPoint のファイルではありません。計画書の .docx・.xlsx・.pptx か PDF を選んでください。`;
    case 'empty':
      return `「${file}」には文字がありません。計画の本文が入ったファイルか、計画書の PDF を選んでください。`;
    case 'cancelled':
      return `「${file}」の読み込みをやめました。`;
    default:
      return `「${file}」は壊れているため読めません(途中までしかないか、形式が違います)。${app} で開けるか確かめ、保存し直したファイルを選んでください。`;
  }
}
