import type { PlanTree } from '../plan/hierarchy';
import type { Evaluation, ProgressSheet, SheetProblem } from '../progress/readProgress';
import type { Scale } from '../progress/scales';
import { rollup, statusesFor, type Rollup } from '../progress/rollup';
import { KEPT, local } from '../data/storage';

/** Where a progress sheet loaded in this browser is kept (the one-file copy carries it too). */
export const progressKey = (planId: string) => `welfare-plan-explorer:progress:${planId}`;
const key = progressKey;

/** What every view shows for one year. */
export interface ProgressView {
  year: number;
  years: number[];
  scale: Scale;
  /** Each evaluated item's evaluation for the year. */
  statuses: Map<string, Evaluation>;
  /** Each item with evaluated items below it: how many of each status. */
  rollups: Map<string, Rollup>;
}

/**
 * A plan's loaded progress sheet, kept in this browser (it survives a reload) until removed.
 * The sheet reader loads only when there is a sheet to read.
 */
export class PlanProgress {
  sheet = $state<ProgressSheet | null>(null);
  problems = $state<SheetProblem[]>([]);
  /** What the reader did besides reading (blank rows skipped, ids recovered), in plain Japanese. */
  notices = $state<string[]>([]);
  /** A file just chosen that held no evaluation: the sheet shown is still the one before it. */
  rejected = $state('');
  fileName = $state('');
  readonly ready: Promise<void>;

  /** Is the sheet shown the council's published one (not one loaded in this browser)? */
  published = $state(false);

  constructor(
    private readonly planId: string,
    private readonly tree: PlanTree,
    /** The plan's published sheet, beside it in plans/: shown until this browser loads its own. */
    publishedSheet?: string,
  ) {
    const saved = this.stored();
    this.ready = saved
      ? this.read(saved.text, saved.fileName, false)
      : publishedSheet
        ? this.fetchPublished(publishedSheet)
        : Promise.resolve();
  }

  private async fetchPublished(name: string): Promise<void> {
    try {
      const res = await fetch(`plans/${name}`);
      if (!res.ok) throw new Error(String(res.status));
      await this.read(await res.text(), '公開されている評価', false);
      this.published = !!this.sheet;
    } catch {
      this.problems = [
        {
          line: 0,
          message:
            '公開されている評価シートを読み込めませんでした。通信状態を確かめて、ページを読み込み直してください。',
        },
      ];
    }
  }

  private stored(): { text: string; fileName: string } | null {
    try {
      return JSON.parse(local.get(key(this.planId)) ?? 'null');
    } catch {
      return null;
    }
  }

  private async read(text: string, fileName: string, keep: boolean): Promise<void> {
    const { readProgress, titlesOf } = await import('../progress/readProgress');
    const nodes = this.tree.inOrder().map((d) => d.data);
    const { sheet, problems, notices } = readProgress(text, new Set(nodes.map((n) => n.id)), {
      fileName,
      titles: titlesOf(nodes),
    });
    this.problems = problems;
    this.notices = notices;
    // A file with nothing to read never hides the evaluation already shown.
    this.rejected = !sheet && this.sheet ? fileName : '';
    if (!sheet && this.sheet) return;
    this.sheet = sheet;
    this.fileName = fileName;
    // Where it cannot be kept, the sheet still shows for this visit; the panel's notice says so.
    if (keep && sheet) local.set(key(this.planId), JSON.stringify({ text, fileName }), KEPT.progress);
  }

  /** Reads a sheet a person chose; keeps it when it holds at least one evaluation. */
  async load(text: string, fileName: string): Promise<void> {
    const wasPublished = this.published;
    this.published = false;
    await this.read(text, fileName, true);
    if (this.rejected) this.published = wasPublished;
  }

  clear(): void {
    local.remove(key(this.planId), KEPT.progress);
    this.sheet = null;
    this.problems = [];
    this.notices = [];
    this.rejected = '';
    this.fileName = '';
  }

  /** The evaluations of the year asked for (the latest when none or an unknown one is asked). */
  view(year: number | null): ProgressView | null {
    const sheet = this.sheet;
    if (!sheet) return null;
    const y = year !== null && sheet.years.includes(year) ? year : sheet.years[0];
    const statuses = statusesFor(sheet.evaluations, y);
    return { year: y, years: sheet.years, scale: sheet.scale, statuses, rollups: rollup(this.tree, statuses) };
  }

  /** One item's evaluations over the years, latest first. */
  history(id: string): Evaluation[] {
    return (this.sheet?.evaluations ?? []).filter((e) => e.id === id).sort((a, b) => b.year - a.year);
  }
}

const loaded = new Map<string, PlanProgress>();

/** The one progress store of a plan, shared by its page, comparison panels and presentation. */
export function progressOf(planId: string, tree: PlanTree, publishedSheet?: string): PlanProgress {
  return loaded.get(planId) ?? loaded.set(planId, new PlanProgress(planId, tree, publishedSheet)).get(planId)!;
}
