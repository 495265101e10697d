/**
 * Rebuilds the office-suite fixture PDFs: writes each fixture's flat OpenDocument source under
 * tests/pdf/office/src/ and converts it with LibreOffice headless (tagged PDF where the fixture
 * says so). Run by hand when a fixture changes:  npx tsx tests/pdf/office/build.ts [name…]
 * CI reads the committed PDFs and needs no LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from './fixtures';

const HERE = dirname(fileURLToPath(import.meta.url));
const EXT = { writer: 'fodt', calc: 'fods', impress: 'fodp' } as const;
const FILTER = { writer: 'writer_pdf_Export', calc: 'calc_pdf_Export', impress: 'impress_pdf_Export' } as const;

const only = process.argv.slice(2);
mkdirSync(join(HERE, 'src'), { recursive: true });
/** Converts one source to PDF, tagged or not, as `out`. */
function convert(src: string, app: keyof typeof FILTER, tagged: boolean, out: string): void {
  const options = JSON.stringify({ UseTaggedPDF: { type: 'boolean', value: String(tagged) } });
  execFileSync(
    'soffice',
    ['--headless', '--convert-to', `pdf:${FILTER[app]}:${options}`, '--outdir', join(HERE, 'src'), src],
    { stdio: 'ignore' },
  );
  renameSync(src.replace(/\.f\w+$/, '.pdf'), join(HERE, out));
  console.log(out);
}

for (const f of FIXTURES.filter((x) => !only.length || only.includes(x.name))) {
  const src = join(HERE, 'src', `${f.name}.${EXT[f.app]}`);
  writeFileSync(src, f.source());
  convert(src, f.app, f.tagged, `${f.name}.pdf`);
  if (f.untaggedTwin) convert(src, f.app, false, `${f.name}-untagged.pdf`);
}
