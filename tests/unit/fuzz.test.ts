import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/lib/plan/compile';
import { validatePlan } from '../../src/lib/plan/schema';

/**
 * Property test: whatever text a council pastes, the compiler returns a valid plan or errors
 * with line numbers; it never throws and never hangs. CI runs FUZZ_RUNS cases (default 1,500);
 * the full run is FUZZ_RUNS=10000 npx vitest run tests/unit/fuzz.test.ts.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const seeds = [
  ...readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`seeds/${f}`, 'utf8')),
  ...readdirSync('tests/fixtures').map((f) => readFileSync(`tests/fixtures/${f}`, 'utf8')),
];

let state = 0x2026_1123;
const rnd = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const int = (n: number) => Math.floor(rnd() * n);
const pick = <T>(a: readonly T[]) => a[int(a.length)];
const junk = () =>
  String.fromCharCode(
    ...Array.from({ length: 1 + int(40) }, () =>
      pick([
        int(32),
        0x3000 + int(0x100),
        0x4e00 + int(0x5000),
        0xff00 + int(0xef),
        0x2460 + int(40),
        0xd800 + int(0x400),
        int(0x10000),
      ]),
    ),
  );

const MUTATIONS: [string, (s: string) => string][] = [
  ['truncate', (s) => s.slice(0, int(s.length))],
  [
    'shuffle lines',
    (s) =>
      s
        .split('\n')
        .sort(() => rnd() - 0.5)
        .join('\n'),
  ],
  [
    'drop lines',
    (s) =>
      s
        .split('\n')
        .filter(() => rnd() > 0.3)
        .join('\n'),
  ],
  [
    'duplicate lines',
    (s) =>
      s
        .split('\n')
        .flatMap((l) => (rnd() < 0.2 ? [l, l] : [l]))
        .join('\n'),
  ],
  [
    'mixed widths',
    (s) => s.replace(/[0-9A-Za-z()\-.]/g, (c) => (rnd() < 0.5 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)),
  ],
  ['control characters', (s) => s.replace(/./g, (c) => (rnd() < 0.02 ? String.fromCharCode(int(32)) + c : c))],
  ['huge line', (s) => `${s}\n${'地域福祉'.repeat(2000 + int(8000))}\n`],
  ['tabs everywhere', (s) => s.replace(/ /g, '\t')],
  ['crlf', (s) => s.replace(/\n/g, rnd() < 0.5 ? '\r\n' : '\r')],
  [
    'injected junk',
    (s) =>
      s
        .split('\n')
        .map((l) => (rnd() < 0.1 ? junk() : l))
        .join('\n'),
  ],
  [
    'markup',
    (s) =>
      s.replace(/\n/g, () =>
        rnd() < 0.05 ? '\n<script>alert(1)</script> {@html x} [x](javascript:alert(1))\n' : '\n',
      ),
  ],
];
const GENERATORS: [string, () => string][] = [
  ['empty', () => pick(['', ' ', '\n\n', '\uFEFF'])],
  ['binary', () => Array.from({ length: int(3000) }, () => String.fromCharCode(int(256))).join('')],
  ['random unicode', () => Array.from({ length: int(200) }, junk).join(pick(['\n', '', ' ']))],
  [
    'numbered noise',
    () =>
      Array.from(
        { length: int(300) },
        () =>
          `${pick(['', '- ', '・', '#### '])}${pick(['①', '(1)－1', 'Ⅱ-3', '1.', '基本目標1', '第2章', '1-1-1', '重点目標 1-(2)'])} ${junk()}`,
      ).join('\n'),
  ],
];

describe('compiler robustness', () => {
  it(`never throws or hangs on ${RUNS} mutated and random inputs; returns a valid plan or line-numbered errors`, () => {
    const times: number[] = [];
    const outcomes = { plan: 0, errors: 0 };
    for (let i = 0; i < RUNS; i++) {
      const [name, input] =
        rnd() < 0.75
          ? (() => {
              let s = pick(seeds);
              const names: string[] = [];
              for (let k = 0; k < 1 + int(3); k++) {
                const [n, f] = pick(MUTATIONS);
                names.push(n);
                s = f(s);
              }
              return [names.join('+'), s] as const;
            })()
          : (() => {
              const [n, g] = pick(GENERATORS);
              return [n, g()] as const;
            })();
      const t = performance.now();
      let r: ReturnType<typeof compilePlan>;
      try {
        r = compilePlan(input, {}, `fuzz-${i}.txt`);
      } catch (e) {
        throw new Error(`case ${i} (${name}) threw: ${(e as Error).stack}`, { cause: e });
      }
      times.push(performance.now() - t);
      if (r.plan) {
        outcomes.plan++;
        const v = validatePlan(r.plan);
        expect(v.ok, `case ${i} (${name}): ${v.ok ? '' : v.errors[0]}`).toBe(true);
      } else {
        outcomes.errors++;
        expect(r.errors.length, `case ${i} (${name})`).toBeGreaterThan(0);
        for (const e of r.errors) expect(e.line, `case ${i} (${name})`).toBeGreaterThanOrEqual(1);
      }
    }
    times.sort((a, b) => a - b);
    const max = times[times.length - 1];
    console.log(
      `fuzz: ${RUNS} cases, ${outcomes.plan} plans, ${outcomes.errors} rejected with errors; median ${times[times.length >> 1].toFixed(2)} ms, p99 ${times[Math.floor(times.length * 0.99)].toFixed(1)} ms, max ${max.toFixed(1)} ms`,
    );
    expect(max).toBeLessThan(2000); // a hang would blow far past this
  }, 600_000);
});
