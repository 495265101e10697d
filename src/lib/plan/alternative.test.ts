/** The second reading offered (reading.runner-up): when it is close, its summary and why it lost; adopted by hints.reading. */
import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TWO_READINGS as TEXT } from '../../../tests/fixtures/twoReadings';

/** The CLI starts a process: slow on a shared machine. */
const CLI_TIMEOUT = 60_000;
const shape = (r: ReturnType<typeof compilePlan>) => r.plan!.root.children.map((c) => c.children.length);

describe('the second reading (reading.runner-up)', () => {
  it('offers the runner-up with a one-line summary of each reading and why the first won', () => {
    const r = compilePlan(TEXT, { id: 'x' });
    expect(shape(r)).toEqual([0, 0, 0]);
    expect(r.alternative).toMatchObject({ chosenSummary: '基本目標 3', summary: '基本目標 3・施策 1' });
    expect(r.alternative!.why).toMatch(/同数/);
    expect(r.alternative!.plan.root.children[2].children).toHaveLength(1);
  });

  it('adopts the runner-up when hints.reading names it, and offers the first reading back', () => {
    const r = compilePlan(TEXT, { id: 'x', hints: { reading: '基本目標 3・施策 1' } });
    expect(shape(r)).toEqual([0, 0, 1]);
    expect(r.alternative).toMatchObject({ chosenSummary: '基本目標 3・施策 1', summary: '基本目標 3' });
    expect(r.alternative!.why).toMatch(/取込画面で選ばれた読み方/);
  });

  it('offers nothing when one reading is far ahead', () => {
    const r = compilePlan(
      ['基本目標1 つながる', '施策1 見守り', '施策2 声かけ', '基本目標2 ささえる', '施策1 相談'].join('\n'),
      { id: 'x' },
    );
    expect(r.alternative).toBeUndefined();
  });

  it(
    '--explain prints the chosen reading, the runner-up, why it lost and the evidence each honours',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'reading-'));
      writeFileSync(join(dir, 'minato.txt'), TEXT);
      const out = spawnSync(
        join('node_modules', '.bin', 'tsx'),
        ['src/cli/compile.ts', join(dir, 'minato.txt'), '--out', join(dir, 'out'), '--explain'],
        { encoding: 'utf8' },
      ).stdout;
      expect(out).toContain('採用した読み方: 基本目標 3');
      expect(out).toContain('別の読み方:     基本目標 3・施策 1');
      expect(out).toMatch(/採用の理由: +項目にした番号付きの行が同数/);
      // What each tree honours of the evidence: the chapter list made an item is the runner-up's loss.
      expect(out).toMatch(/満たした根拠: +番号付きの行を項目に 3\/3.*並びと読まない行 1\/1/);
      expect(out).toMatch(/別の読み方は: +番号付きの行を項目に 3\/3.*並びと読まない行 0\/1/);
    },
    CLI_TIMEOUT,
  );
});
