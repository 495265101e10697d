/**
 * What this browser will not keep, for the pages where that matters (the import page, the
 * evaluation sheet, drafts). One instance for the app: every storage area reports into it.
 */
import { local, onStorageProblem, type StorageProblem } from './storage';

class StorageNotice {
  /** Each label whose last write was not kept, and why. */
  problems = $state<Partial<Record<string, StorageProblem>>>({});

  constructor() {
    onStorageProblem((what, problem) => {
      if ((this.problems[what] ?? null) === problem) return;
      const next = { ...this.problems };
      if (problem) next[what] = problem;
      else delete next[what];
      this.problems = next;
    });
  }

  /**
   * The problems among `what`: a label with no write yet still shows as blocked where the
   * browser refuses storage outright, so a person knows before typing anything.
   */
  about(what: readonly string[]): { what: string[]; problem: StorageProblem } | null {
    const blockedNow = !local.available;
    const found = what
      .map((w) => [w, this.problems[w] ?? (blockedNow ? 'blocked' : undefined)] as const)
      .filter((x): x is readonly [string, StorageProblem] => !!x[1]);
    if (!found.length) return null;
    const problem = found.some(([, p]) => p === 'full') ? 'full' : 'blocked';
    return { what: found.map(([w]) => w), problem };
  }
}

export const storageNotice = new StorageNotice();

/** The notice's sentence, in plain Japanese: what happened, what it means, what to do. */
export function noticeText(what: readonly string[], problem: StorageProblem): string {
  const items = what.map((w) => `「${w}」`).join('と');
  return problem === 'full'
    ? `このブラウザの保存容量がいっぱいのため、${items}を保存できませんでした。このページを開いている間は使えますが、閉じたり再読み込みしたりすると消えます。「JSON をダウンロード」などでファイルに残し、使わない下書きや保存した計画を削除して空きを作ってください。`
    : `このブラウザでは、このページがデータを保存できない設定になっています(プライベートウィンドウ、サイトデータのブロック、ほかのサイトへの埋め込みなど)。${items}はこのページを開いている間だけ使え、閉じたり再読み込みしたりすると消えます。残したいときは「JSON をダウンロード」などでファイルに書き出してください。`;
}
