/**
 * CLI over the plan compiler.
 *   npm run compile                                   all of seeds/ → static/plans/, and the
 *     readings of their words for search → static/search/readings.json (src/cli/readingTable.ts)
 *   npm run compile -- <text|pdf|docx|xlsx|pptx> [--meta <json>] --out <dir> [--explain]   one plan → <dir>/<id>.json
 *     a .pdf is read in reading order (src/lib/pdf/), each node keeping its page; a .docx/.xlsx/
 *     .pptx with its own structure (src/lib/office/), --explain naming each line's paragraph,
 *     cell or slide; text in UTF-8, UTF-16 or Shift_JIS.
 *     --explain prints, per line: line number, role, rule, confidence, text; then the runner-up
 *     reading when it was close (「別の読み方」) and why it lost.
 * Errors print as `file:line: エラー: …` and exit 1 with nothing written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { publishProgress } from './publishProgress';
import { compilePlan, type CompileResult, type PlanMeta } from '../lib/plan/compile';
import { countByLevel } from '../lib/plan/countByLevel';
import type { Plan, PlanIndex } from '../lib/plan/schema';
import { walk } from '../lib/plan/hierarchy';
import { summarize } from '../lib/plan/summarize';
import { pdfMessage } from '../lib/pdf/pdfMessage';
import { PdfError } from '../lib/pdf/readPdf';
import { readPdfFile } from '../lib/pdf/readPdfFile';
import { decodeText } from '../lib/text/decodeText';
import { OFFICE_FILE } from '../lib/office/officeFile';
import { fillFromCover } from './fillFromCover';
import { READINGS_FILE, formatTable, readingTable, searchedTexts } from './readingTable';

interface Job {
  text: string;
  meta: string | null;
}

/** Where each line of an office file's text came from (paragraph, cell, slide), by file. */
const origins = new Map<string, string[]>();

function readMeta(path: string | null, errors: string[]): PlanMeta {
  if (!path) return {};
  if (!existsSync(path)) {
    errors.push(`${path}: エラー: メタデータファイルがありません`);
    return {};
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PlanMeta;
  } catch (e) {
    errors.push(`${path}: エラー: JSON として読めません (${(e as Error).message})`);
    return {};
  }
}

/** A plan file's text: a PDF read in reading order, any other file decoded (UTF-8, UTF-16, Shift_JIS). */
async function readText(path: string, file: string, errors: string[], notes: string[]): Promise<string | null> {
  if (/\.pdf$/i.test(path)) {
    try {
      const read = await readPdfFile(path);
      notes.push(...read.notes.map((n) => `${file}: ${n}`));
      return read.text;
    } catch (e) {
      errors.push(`${file}: エラー: ${pdfMessage(e instanceof PdfError ? e.problem : 'damaged', basename(file))}`);
      return null;
    }
  }
  if (OFFICE_FILE.test(path)) {
    // Loaded only for such a file: a plain-text compile starts no slower.
    const [{ readOfficeFile }, { OfficeError }, { officeMessage }] = await Promise.all([
      import('../lib/office/readOfficeFile'),
      import('../lib/office/officeError'),
      import('../lib/office/officeMessage'),
    ]);
    try {
      const read = readOfficeFile(path);
      origins.set(file, read.origins);
      for (const note of read.notes) console.log(`${file}: ${note}`);
      return read.text;
    } catch (e) {
      errors.push(
        `${file}: エラー: ${officeMessage(e instanceof OfficeError ? e.problem : 'damaged', basename(file))}`,
      );
      return null;
    }
  }
  const decoded = decodeText(readFileSync(path));
  // Undecodable bytes go to the compiler as they are, which names the line that is binary.
  return decoded ? decoded.text : readFileSync(path, 'utf8');
}

async function run(
  job: Job,
  errors: string[],
  notes: string[] = [],
): Promise<{ result: CompileResult; file: string } | null> {
  if (!existsSync(job.text)) {
    errors.push(`${job.text}: エラー: ファイルがありません`);
    return null;
  }
  const meta = readMeta(job.meta, errors);
  const file = relative(process.cwd(), job.text) || job.text;
  const text = await readText(job.text, file, errors, notes);
  if (text === null) return null;
  const result = compilePlan(text, { source: file, ...meta }, file);
  for (const e of result.errors) errors.push(`${file}:${e.line}: エラー: ${e.message}`);
  if (result.plan) notes.push(...fillFromCover(result.plan, text));
  return { result, file };
}

const ROLE_NAMES: Record<string, string> = {
  item: '項目',
  title: '題名',
  description: '説明',
  vision: '基本理念',
  note: '注記',
  residents: '住民の役割',
  label: 'ラベル',
  prose: '本文',
  skipped: '読み飛ばし',
};

/**
 * One row a line: `  12  項目      heading.level-word  0.90  基本目標1 …` (with the line's origin
 * in an office file), then the reading chosen, the runner-up when it was close
 * (reading.runner-up) and why it lost.
 */
export function formatExplain(result: CompileResult, lineOrigins: string[] = []): string {
  const rows = (result.explain ?? []).map((e) => {
    const role = (ROLE_NAMES[e.role] ?? e.role).padEnd(6, '\u3000');
    const origin = lineOrigins[e.line - 1] ? `  (${lineOrigins[e.line - 1]})` : '';
    return `${String(e.line).padStart(5)}  ${role}  ${e.rule.padEnd(24)}  ${e.confidence.toFixed(2)}  ${e.nodeId ? `[${e.nodeId}] ` : ''}${e.text.slice(0, 60)}${origin}`;
  });
  const alt = result.alternative;
  if (alt)
    rows.push(
      `  採用した読み方: ${alt.chosenSummary}`,
      `  別の読み方:     ${alt.summary}`,
      `  採用の理由:     ${alt.why}`,
    );
  if (result.evidence) rows.push(`  満たした根拠:   ${result.evidence}`);
  if (alt?.evidence) rows.push(`  別の読み方は:   ${alt.evidence}`);
  return rows.join('\n');
}

function report(plan: Plan, result: CompileResult, file: string, verbose: boolean): void {
  const counts = countByLevel(plan.root)
    .map(({ depth, level, count }) => `${'  '.repeat(depth)}${level} ${count}`)
    .join('\n    ');
  console.log(`✔ ${plan.id} (${file})\n    ${counts}`);
  for (const h of plan.hintsUsed ?? []) console.log(`    ヒント: ${h}`);
  const untagged: string[] = [];
  walk(plan.root, (n) => n !== plan.root && !n.themes?.length && untagged.push(`${n.code || n.id} ${n.title}`));
  console.log(
    `    テーマ: ${untagged.length ? `未分類 ${untagged.length} 件 — ${untagged.join(' / ')}` : 'すべての項目に 1 つ以上'}`,
  );
  if (result.warnings.length) {
    console.log(`    注意 ${result.warnings.length} 件${verbose ? '' : '(--verbose で表示)'}`);
    if (verbose) for (const w of result.warnings) console.log(`    ${file}:${w.line}: 注意: ${w.message}`);
  }
}

/** Writes through a temporary file so a failed run never leaves half a file behind. */
function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}
const writeJson = (path: string, data: unknown) => writeText(path, `${JSON.stringify(data, null, 1)}\n`);

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const explain = argv.includes('--explain');
  const args = argv.filter((a) => a !== '--verbose' && a !== '--explain');
  const errors: string[] = [];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return null;
    const v = args[i + 1];
    args.splice(i, 2);
    return v ?? '';
  };
  const meta = flag('--meta');
  const out = flag('--out');

  if (args.length > 1) {
    console.error(
      `使い方: npm run compile -- <テキスト・PDF・.docx・.xlsx・.pptx> [--meta <json>] --out <フォルダ> [--explain]`,
    );
    return 2;
  }
  if (args.length === 1) {
    const text = args[0];
    const notes: string[] = [];
    const done = await run(
      {
        text,
        meta:
          meta ?? (existsSync(text.replace(/\.[^.]+$/, '.meta.json')) ? text.replace(/\.[^.]+$/, '.meta.json') : null),
      },
      errors,
      notes,
    );
    const progress = done?.result.plan ? publishProgress(text, done.result.plan, { errors, notes }) : null;
    if (errors.length || !done?.result.plan) {
      errors.forEach((e) => console.error(e));
      return 1;
    }
    const dir = out ?? 'static/plans';
    writeJson(join(dir, `${done.result.plan.id}.json`), done.result.plan);
    if (progress) writeText(join(dir, progress.name), progress.csv);
    report(done.result.plan, done.result, done.file, verbose);
    notes.forEach((n) => console.log(`    ${n}`));
    if (explain) console.log(formatExplain(done.result, origins.get(done.file)));
    console.log(`→ ${join(dir, `${done.result.plan.id}.json`)}`);
    return 0;
  }

  // Councils' plans from seeds/; fictional sample plans from samples/ (published, but not listed with the real ones).
  const jobsIn = (folder: string, sample: boolean) =>
    (existsSync(folder) ? readdirSync(folder) : [])
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const m = join(folder, f.replace(/\.txt$/, '.meta.json'));
        return { text: join(folder, f), meta: existsSync(m) ? m : null, sample };
      });
  const jobs = [...jobsIn('seeds', false), ...jobsIn('samples', true)];
  const compiled: {
    plan: Plan;
    result: CompileResult;
    file: string;
    progress: ReturnType<typeof publishProgress>;
    sample: boolean;
  }[] = [];
  const notes: string[] = [];
  for (const job of jobs) {
    const done = await run(job, errors);
    if (done?.result.plan)
      compiled.push({
        plan: done.result.plan,
        result: done.result,
        file: done.file,
        progress: publishProgress(job.text, done.result.plan, { errors, notes }),
        sample: job.sample,
      });
  }
  const ids = new Map<string, string>();
  for (const c of compiled) {
    if (ids.has(c.plan.id))
      errors.push(`${c.file}: エラー: 計画 id "${c.plan.id}" が ${ids.get(c.plan.id)} と重複しています`);
    ids.set(c.plan.id, c.file);
  }
  if (errors.length) {
    errors.forEach((e) => console.error(e));
    console.error(`${errors.length} 件のエラーのため、何も書き出していません。`);
    return 1;
  }
  const dir = out ?? 'static/plans';
  for (const c of compiled) {
    writeJson(join(dir, `${c.plan.id}.json`), c.plan);
    if (c.progress) writeText(join(dir, c.progress.name), c.progress.csv);
    report(c.plan, c.result, c.file, verbose);
  }
  notes.forEach((n) => console.log(`    ${n}`));
  const index: PlanIndex = {
    plans: compiled.filter((c) => !c.sample).map((c) => summarize(c.plan)),
    samples: compiled.filter((c) => c.sample).map((c) => summarize(c.plan)),
  };
  writeJson(join(dir, 'index.json'), index);
  // The readings of the plans' vocabulary, for search (src/lib/text/readings.ts): beside the plans'
  // folder (static/search/), so static/plans/ keeps only plans and their index; with --out, in it.
  const readings = await readingTable(searchedTexts(compiled.map((c) => c.plan)));
  const readingsFile = out ? join(out, 'readings.json') : READINGS_FILE;
  writeText(readingsFile, formatTable(readings));
  console.log(
    `→ ${dir}/ に ${compiled.length} 件の計画と index.json を書き出しました (${compiled.map((c) => basename(c.file)).join(', ')})`,
  );
  console.log(`→ ${readingsFile} に検索のための読み ${Object.keys(readings).length} 語を書き出しました`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
