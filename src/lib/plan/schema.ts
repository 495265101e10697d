/**
 * The one schema of a plan: types plus runtime validators. The compiler validates what it
 * writes, the app validates what it loads, and the tests validate both with the same code.
 */

export const TAGS = ['重点', '新規', '再掲'] as const;
export type Tag = (typeof TAGS)[number];

export interface PlanNode {
  /** Unique within the plan, URL-safe, stable across compiles (derived from the plan's numbering). */
  id: string;
  /** The plan's own word for this level (基本目標, 施策の方向性, 取組 …). */
  level: string;
  /** The plan's own numbering as written ((1)－1, ⑥, Ⅱ-3, 14); '' when unnumbered. */
  code: string;
  title: string;
  description: string;
  tags: Tag[];
  children: PlanNode[];
  /** 1-based line of the seed text this node was read from (0 for the root). */
  line: number;
  /** 1-based page of the PDF the line was on, when the text was read from a PDF. */
  page?: number;
  subtitle?: string;
  /** What residents and groups can do (地域住民のみなさんは …). */
  residents?: string[];
  /** Captions and footnotes kept next to the node they belong to. */
  notes?: string[];
  /** Id of the node this one repeats (再掲). */
  repeatOf?: string;
  /** Another spelling of the title found elsewhere in the text. */
  altTitle?: string;
  /** Welfare themes (themes.ts) the node speaks to, for comparing councils. */
  themes?: string[];
}

export interface Period {
  start: number;
  end: number;
  label: string;
}

export interface Actor {
  name: string;
  role: string;
}

export interface Section {
  heading: string;
  text: string;
  line: number;
}

export interface PlanSummary {
  id: string;
  council: string;
  municipality: string;
  prefecture: string;
  title: string;
  period: Period | null;
  vision: string;
  nodeCount: number;
  /** Imported in this browser (import page), not published with the site. */
  imported?: boolean;
}

export interface Plan {
  id: string;
  council: string;
  municipality: string;
  prefecture: string;
  title: string;
  period: Period | null;
  vision: string;
  /** The 〜subtitle〜 written on the line after the vision: shown with it, not part of its wording. */
  visionSubtitle?: string;
  source: string;
  root: PlanNode;
  /** Roles of the actors the plan names (市民・地域・社会福祉協議会 …). */
  actors?: Actor[];
  /** Prose around the 体系 (趣旨, 位置づけ, 推進体制 …), kept so nothing is lost. */
  sections?: Section[];
  /** Hints from the metadata file the compiler used, in words. */
  hintsUsed?: string[];
  /** The council's published progress sheet, beside the plan in plans/ (`<id>.progress.csv`). */
  progressSheet?: string;
}

export interface PlanIndex {
  plans: PlanSummary[];
  /** Fictional plans to try the app with (samples/), listed apart and kept out of search and comparison. */
  samples?: PlanSummary[];
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const ID_RE = /^[A-Za-z0-9_-]+$/;

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';

function checkPeriod(p: unknown, at: string, errors: string[]): void {
  if (p === null) return;
  if (!isRec(p) || typeof p.start !== 'number' || typeof p.end !== 'number' || !isStr(p.label)) {
    errors.push(`${at}.period: { start, end, label } か null が必要です`);
  } else if (p.end < p.start) {
    errors.push(`${at}.period: 終了年 ${p.end} が開始年 ${p.start} より前です`);
  }
}

function checkStrings(x: Rec, keys: string[], at: string | (() => string), errors: string[]): void {
  const where = typeof at === 'string' ? () => at : at;
  for (const k of keys) if (!isStr(x[k])) errors.push(`${where()}.${k}: 文字列が必要です`);
}

/** Checks one node; returns its children to check, or null. `at` names the node in messages (built only when one is needed). */
function checkOne(n: unknown, where: () => string, ids: Set<string>, errors: string[]): unknown[] | null {
  if (!isRec(n)) {
    errors.push(`${where()}: ノードはオブジェクトである必要があります`);
    return null;
  }
  checkStrings(n, ['id', 'level', 'code', 'title', 'description'], where, errors);
  if (isStr(n.id)) {
    if (!ID_RE.test(n.id)) errors.push(`${where()}.id: "${n.id}" は URL に使えない文字を含みます`);
    if (ids.has(n.id)) errors.push(`${where()}.id: "${n.id}" が重複しています`);
    ids.add(n.id);
  }
  if (isStr(n.title) && n.title.trim() === '') errors.push(`${where()}.title: 空です`);
  if (typeof n.line !== 'number') errors.push(`${where()}.line: 数値が必要です`);
  if (n.page !== undefined && (!Number.isInteger(n.page) || (n.page as number) < 1))
    errors.push(`${where()}.page: 1 以上の整数が必要です`);
  if (!Array.isArray(n.tags) || n.tags.some((t) => !(TAGS as readonly unknown[]).includes(t))) {
    errors.push(`${where()}.tags: ${TAGS.join('・')} の部分集合が必要です`);
  }
  for (const k of ['residents', 'notes', 'themes'] as const) {
    if (n[k] !== undefined && (!Array.isArray(n[k]) || !(n[k] as unknown[]).every(isStr))) {
      errors.push(`${where()}.${k}: 文字列の配列が必要です`);
    }
  }
  if (!Array.isArray(n.children)) {
    errors.push(`${where()}.children: 配列が必要です`);
    return null;
  }
  return n.children;
}

interface NodeAt {
  n: unknown;
  up: NodeAt | null;
  index: number;
}

/** plan.root.children[0].children[2]… for a node, from its chain of parents. */
function pathOf(at: NodeAt): string {
  const steps: string[] = [];
  for (let p: NodeAt | null = at; p?.up; p = p.up) steps.push(`.children[${p.index}]`);
  return `plan.root${steps.reverse().join('')}`;
}

/** Every node in reading order, with a stack: an imported plan may nest deeper than the call stack allows. */
function checkNode(root: unknown, ids: Set<string>, errors: string[]): void {
  const todo: NodeAt[] = [{ n: root, up: null, index: 0 }];
  while (todo.length) {
    const at = todo.pop()!;
    const children = checkOne(at.n, () => pathOf(at), ids, errors) ?? [];
    for (let i = children.length - 1; i >= 0; i--) todo.push({ n: children[i], up: at, index: i });
  }
}

/** Validates a plan file's parsed JSON; errors name the JSON path and the problem in Japanese. */
export function validatePlan(x: unknown): Validation<Plan> {
  const errors: string[] = [];
  if (!isRec(x)) return { ok: false, errors: ['計画ファイルの最上位はオブジェクトである必要があります'] };
  checkStrings(x, ['id', 'council', 'municipality', 'prefecture', 'title', 'vision', 'source'], 'plan', errors);
  if (isStr(x.id) && !ID_RE.test(x.id)) errors.push(`plan.id: "${x.id}" は URL に使えない文字を含みます`);
  if (x.visionSubtitle !== undefined && !isStr(x.visionSubtitle))
    errors.push('plan.visionSubtitle: 文字列である必要があります');
  checkPeriod(x.period, 'plan', errors);
  checkNode(x.root, new Set(), errors);
  if (
    x.progressSheet !== undefined &&
    !(isStr(x.progressSheet) && /^[A-Za-z0-9_-]+\.progress\.csv$/.test(x.progressSheet))
  )
    errors.push('plan.progressSheet: 「<id>.progress.csv」の形のファイル名が必要です');
  return errors.length ? { ok: false, errors } : { ok: true, value: x as unknown as Plan };
}

export function validateIndex(x: unknown): Validation<PlanIndex> {
  const errors: string[] = [];
  if (!isRec(x) || !Array.isArray(x.plans)) return { ok: false, errors: ['index: { plans: [...] } が必要です'] };
  x.plans.forEach((p, i) => {
    if (!isRec(p)) return void errors.push(`plans[${i}]: オブジェクトが必要です`);
    checkStrings(p, ['id', 'council', 'municipality', 'prefecture', 'title', 'vision'], `plans[${i}]`, errors);
    checkPeriod(p.period, `plans[${i}]`, errors);
  });
  if (x.samples !== undefined && !Array.isArray(x.samples)) errors.push('index.samples: 配列が必要です');
  return errors.length ? { ok: false, errors } : { ok: true, value: x as unknown as PlanIndex };
}
