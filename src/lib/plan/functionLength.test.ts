/**
 * Shape check for the compiler (issue 27): no function in src/lib/plan/ longer than
 * MAX_FUNCTION_LINES, counted from its first to its last line (signature and body, comments
 * inside included). Methods, arrows and function expressions count too.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const MAX_FUNCTION_LINES = 60;
const PLAN_DIR = 'src/lib/plan';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every function-like node with a body in `text`: its name and how many lines it spans. */
function functionLengths(file: string, text: string): { name: string; lines: number }[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { name: string; lines: number }[] = [];
  const line = (pos: number) => src.getLineAndCharacterOfPosition(pos).line;
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const name = 'name' in n && n.name ? (n.name as ts.Node).getText(src) : '(anonymous)';
      out.push({
        name: `${file}:${line(n.getStart(src)) + 1} ${name}`,
        lines: line(n.getEnd()) - line(n.getStart(src)) + 1,
      });
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

describe('compiler shape', () => {
  it('counts a function from its first to its last line', () => {
    const text = ['function a() {', '  const f = () => {', '    return 1;', '  };', '  return f();', '}'].join('\n');
    expect(functionLengths('x.ts', text).map((f) => f.lines)).toEqual([6, 3]);
  });

  it(`has no function in ${PLAN_DIR} over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = sources(PLAN_DIR)
      .flatMap((f) => functionLengths(f, readFileSync(f, 'utf8')))
      .filter((f) => f.lines > MAX_FUNCTION_LINES);
    expect(long.map((f) => `${f.name} (${f.lines} lines)`)).toEqual([]);
  });
});
