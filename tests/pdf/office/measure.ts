/**
 * Reads every office-suite fixture through the CLI's path (readPdfFile → compilePlan) and
 * prints a table: which figures match what a reader of the PDF sees.
 *   npx tsx tests/pdf/office/measure.ts            seen fixtures
 *   npx tsx tests/pdf/office/measure.ts --unseen   the unseen slice too
 *   npx tsx tests/pdf/office/measure.ts --show name   the text and tree read from one
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePlan } from '../../../src/lib/plan/compile';
import { readPdfFile } from '../../../src/lib/pdf/readPdfFile';
import { expected, got, score } from './expect';
import { FIXTURES } from './fixtures';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const list = FIXTURES.filter((f) =>
  args.includes('--show') ? f.name === show : !f.unseen || args.includes('--unseen'),
);
const mark = (b: boolean) => (b ? 'ok' : 'NG');
console.log('| fixture | layout | levels | titles | vision | pages | got levels |\n|---|---|---|---|---|---|---|');
for (const f of list) {
  const { text } = await readPdfFile(join(HERE, `${f.name}.pdf`));
  const r = compilePlan(text, {}, `${f.name}.pdf`);
  const [e, g] = [expected(f), got(r.plan)];
  const s = score(e, g);
  console.log(
    `| ${f.name}${f.unseen ? ' (unseen)' : ''} | ${f.app} | ${mark(s.levels)} | ${mark(s.titles)} | ${mark(s.vision)} | ${mark(s.pages)} | ${g.levels.join(', ')} |`,
  );
  if (show) {
    console.log(text.replace(/\f/g, '\n<<page>>\n'));
    console.log(
      '--- expected\n' +
        e.pages.join('\n') +
        `\nvision ${e.vision}\n--- got\n` +
        g.pages.join('\n') +
        `\nvision ${g.vision}`,
    );
    console.log(r.warnings.map((w) => `${w.line}: ${w.message}`).join('\n'));
  }
}
