/** What loading an evaluation sheet left: what was kept before, and what this file gave. */
export interface SheetOutcome {
  /** The file that had nothing readable while evaluations loaded before (from `fileName`) are still shown; '' if none. */
  rejected: string;
  fileName: string | null;
  sheet: { evaluations: readonly unknown[] } | null;
}

/**
 * What the progress panel says after loading `name`: how many evaluations it read, or that it
 * read none and what is shown instead; `outcome` null: the file is not text (not a CSV).
 */
export function sheetMessage(name: string, outcome: SheetOutcome | null): string {
  if (!outcome)
    return `「${name}」は CSV として読めませんでした。Excel で「CSV UTF-8」として保存したファイルを選んでください。`;
  if (outcome.rejected)
    return `「${name}」から読める評価がありませんでした。これまでの評価(「${outcome.fileName}」)をそのまま表示しています。下の案内を見て直してから、もう一度読み込んでください。`;
  return outcome.sheet
    ? `「${name}」を読み込みました(${outcome.sheet.evaluations.length} 件)。`
    : `「${name}」から読める評価がありませんでした。下の案内を見て直してから、もう一度読み込んでください。`;
}
