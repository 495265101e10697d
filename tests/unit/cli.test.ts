import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateIndex, validatePlan } from '../../src/lib/plan/schema';

const tsx = join('node_modules', '.bin', 'tsx');
const cli = (args: string[]) => spawnSync(tsx, ['src/cli/compile.ts', ...args], { encoding: 'utf8' });

describe('npm run compile', () => {
  it('writes the seeds, the fictional sample and its progress sheet, identical to the committed static/plans', () => {
    const out = mkdtempSync(join(tmpdir(), 'plans-'));
    const r = cli(['--out', out]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'chiba.json',
      'index.json',
      'kasama.json',
      'kisarazu.json',
      'minami-sample.json',
      'minami-sample.progress.csv',
      'okegawa.json',
      'readings.json',
      'tsurugashima.json',
    ]);
    // The reading table for search, made by the analyser: the app ships static/search/readings.json.
    expect(readFileSync('static/search/readings.json', 'utf8')).toBe(readFileSync(join(out, 'readings.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(out, 'readings.json'), 'utf8'))).toMatchObject({
      助け合い: 'たすけあい',
      支え: 'ささえ',
      取組: 'とりくみ',
    });
    for (const f of readdirSync(out).filter((x) => x !== 'readings.json')) {
      const json = f.endsWith('.json') ? JSON.parse(readFileSync(join(out, f), 'utf8')) : null;
      if (json) expect(f === 'index.json' ? validateIndex(json).ok : validatePlan(json).ok).toBe(true);
      // The app ships static/plans: it must be what the compiler makes of seeds/ today.
      expect(readFileSync(join('static/plans', f), 'utf8')).toBe(readFileSync(join(out, f), 'utf8'));
    }
    expect(r.stdout).toContain('基本計画 4');
    // The sample is published but listed apart, and names its progress sheet.
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.plans.map((p: { id: string }) => p.id)).not.toContain('minami-sample');
    expect(index.samples.map((p: { id: string }) => p.id)).toEqual(['minami-sample']);
    expect(JSON.parse(readFileSync(join(out, 'minami-sample.json'), 'utf8')).progressSheet).toBe(
      'minami-sample.progress.csv',
    );
  }, 60_000); // spawns the CLI over every seed: seconds on a loaded machine

  it('publishes a progress sheet beside a plan, naming bad rows by file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'progress-'));
    writeFileSync(join(dir, 'kita.txt'), '基本理念\n\n支え合うまち\n\n基本目標1 つながる\n- ・見守り\n');
    writeFileSync(join(dir, 'kita.meta.json'), JSON.stringify({ id: 'kita', council: '北町社会福祉協議会' }));
    writeFileSync(join(dir, 'kita.progress.csv'), '\uFEFFid,年度,評価,メモ\r\n1-1,2025,A,よい\r\n9-9,2025,B,\r\n');
    const r = cli([join(dir, 'kita.txt'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'kita.progress.csv'), 'utf8')).toContain('1-1,2025,A,よい');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'kita.json'), 'utf8')).progressSheet).toBe('kita.progress.csv');
    expect(r.stdout).toMatch(/kita\.progress\.csv:3: 注意: 3 行目: id 9-9 はこの計画にありません/);
  });

  it('compiles one plan outside seeds/ to <out>/<id>.json, id from the metadata', () => {
    const dir = mkdtempSync(join(tmpdir(), 'one-'));
    writeFileSync(join(dir, 'plan.txt'), '基本理念\n\n支え合うまち\n\n基本目標1 つながる\n- ・見守り\n');
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ id: 'sample', council: '見本市社会福祉協議会' }));
    execFileSync(tsx, [
      'src/cli/compile.ts',
      join(dir, 'plan.txt'),
      '--meta',
      join(dir, 'meta.json'),
      '--out',
      join(dir, 'out'),
    ]);
    const plan = JSON.parse(readFileSync(join(dir, 'out', 'sample.json'), 'utf8'));
    expect(plan.council).toBe('見本市社会福祉協議会');
    expect(plan.root.children[0].children[0].title).toBe('見守り');
  });

  it('takes the id from the file name when there is no metadata', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noid-'));
    writeFileSync(join(dir, 'minami-town.txt'), '基本目標1 つながる\n');
    expect(cli([join(dir, 'minami-town.txt'), '--out', dir]).status).toBe(0);
    expect(existsSync(join(dir, 'minami-town.json'))).toBe(true);
  });

  it('fails a malformed plan with file, line and problem, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-'));
    writeFileSync(join(dir, 'bad.txt'), 'ただの文章です。\n番号がありません。\n');
    const r = cli([join(dir, 'bad.txt'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt:1: エラー: .*計画の体系が見つかりません/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reports a broken metadata file by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meta-'));
    writeFileSync(join(dir, 'p.txt'), '基本目標1 つながる\n');
    writeFileSync(join(dir, 'p.meta.json'), '{ id: ');
    const r = cli([join(dir, 'p.txt'), '--out', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('p.meta.json: エラー: JSON として読めません');
  });
});

describe('npm run compile -- --explain', () => {
  it('prints one row a line: number, role, rule, confidence, text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explain-'));
    writeFileSync(join(dir, 'p.txt'), '基本理念\n\n支え合うまち\n\n基本目標1 つながる\n見守りを広げます。\n');
    const r = cli([join(dir, 'p.txt'), '--out', dir, '--explain']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\s+5\s+項目\s+heading\.level-word\s+0\.90\s+\[1\] 基本目標1 つながる$/m);
    expect(r.stdout).toMatch(/^\s+6\s+説明\s+prose\.description/m);
  });
});

describe('npm run corpus', () => {
  const corpus = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(tsx, ['src/cli/corpus.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

  it('says in one line that there is no corpus, and succeeds', () => {
    const r = corpus([join(tmpdir(), 'no-such-corpus')]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('scores a folder of plans against their expect.json files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(
      join(dir, 'mihon.txt'),
      '# source: 見本\n# 見本の特徴\n基本理念\nみんなのまち\n基本目標1 つながる\n基本目標2 ささえる\n',
    );
    writeFileSync(
      join(dir, 'mihon.expect.json'),
      JSON.stringify({
        id: 'mihon',
        council: '見本社協',
        prefecture: '見本県',
        title: '見本計画',
        period: null,
        vision: 'みんなのまち',
        counts: [2],
        top: [
          { code: '1', title: 'つながる' },
          { code: '2', title: 'ささえる' },
        ],
      }),
    );
    const r = corpus([], { CORPUS_DIR: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/mihon\s+yes\s+2 \/ 2/);
    expect(r.stdout).toContain('faithful 1/1');
  });
});
