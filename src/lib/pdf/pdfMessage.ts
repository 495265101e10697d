import type { PdfProblem } from './readPdf';

/** One line for a person: what is wrong with the file and what to do instead. */
export function pdfMessage(problem: PdfProblem, file: string): string {
  switch (problem) {
    case 'encrypted':
      return `「${file}」はパスワードで保護されているため読めません。パスワードを外した PDF か、計画のテキスト版を使ってください。`;
    case 'scanned':
      return `「${file}」には文字の情報がありません(紙をスキャンした画像の PDF です)。社会福祉協議会にテキスト版を頼むか、OCR で文字にしてから読み込んでください。`;
    case 'empty':
      return `「${file}」は空のファイルです(0 バイト)。計画の PDF をもう一度保存してから選んでください。`;
    case 'cancelled':
      return `「${file}」の読み込みをやめました。`;
    default:
      return `「${file}」は PDF として読めません(壊れているか、途中までしかありません)。もう一度ダウンロードした PDF を選んでください。`;
  }
}
