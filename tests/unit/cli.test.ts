import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateIndex, validatePlan } from '../../src/lib/plan/schema';

const tsx = join('node_modules', '.bin', 'tsx');
const cli = (args: string[]) => spawnSync(tsx, ['src/cli/compile.ts', ...args], { encoding: 'utf8' });

describe('npm run compile', () => {
  it('writes six valid files for the seeds, identical to the committed static/plans', () => {
    const out = mkdtempSync(join(tmpdir(), 'plans-'));
    const r = cli(['--out', out]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['chiba.json', 'index.json', 'kasama.json', 'kisarazu.json', 'okegawa.json', 'tsurugashima.json']);
    for (const f of readdirSync(out)) {
      const json = JSON.parse(readFileSync(join(out, f), 'utf8'));
      expect(f === 'index.json' ? validateIndex(json).ok : validatePlan(json).ok).toBe(true);
      // The app ships static/plans: it must be what the compiler makes of seeds/ today.
      expect(readFileSync(join('static/plans', f), 'utf8')).toBe(readFileSync(join(out, f), 'utf8'));
    }
    expect(r.stdout).toContain('基本計画 4');
  });

  it('compiles one plan outside seeds/ to <out>/<id>.json, id from the metadata', () => {
    const dir = mkdtempSync(join(tmpdir(), 'one-'));
    writeFileSync(join(dir, 'plan.txt'), '基本理念\n\n支え合うまち\n\n基本目標1 つながる\n- ・見守り\n');
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ id: 'sample', council: '見本市社会福祉協議会' }));
    execFileSync(tsx, ['src/cli/compile.ts', join(dir, 'plan.txt'), '--meta', join(dir, 'meta.json'), '--out', join(dir, 'out')]);
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
