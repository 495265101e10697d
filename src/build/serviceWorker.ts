/**
 * A Vite plugin (build only): the service worker (src/sw/sw.ts) as sw.js beside index.html, one
 * classic script, told the files of this build's app shell and a version that changes whenever
 * one of them does.
 *
 * Why not vite-plugin-pwa / Workbox: vite-plugin-pwa 2.0 accepts Vite 8, but through
 * workbox-build it brings Babel, Rollup and Terser to build a worker of a hundred lines; and what
 * the site needs beyond precaching (each copy of the site apart on a shared origin, the list of
 * plans kept, keeping a plan on request) is our own code over the Cache API in any case.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { classicScript, indexHtmlPlugin } from './indexHtmlPlugin';

/**
 * Left out of the shell: pdf.js's worker (1.6 MB, only for importing a PDF) and its fonts and
 * CMaps; the plans' own pages and cards (data: kept when seen, see src/sw/sw.ts).
 */
const NOT_SHELL = [/^assets\/pdf\.worker/, /^pdfjs\//, /^plan\//, /^sitemap\.xml$/];
/** Files of static/ the shell needs (the rest of static/ is data: plans/, search/). */
const STATIC_SHELL = ['favicon.svg', 'manifest.webmanifest'];

export interface Shell {
  version: string;
  files: string[];
}

/** The shell's files (index.html, the build's files, the icons) and a version over their contents. */
export function shellOf(bundle: Rolldown.OutputBundle, publicDir: string): Shell {
  const contents = new Map<string, string | Uint8Array>();
  for (const [name, out] of Object.entries(bundle)) {
    if (NOT_SHELL.some((re) => re.test(name)) || !/\.(html|js|css|svg|png|woff2?)$/.test(name)) continue;
    contents.set(name, out.type === 'chunk' ? out.code : out.source);
  }
  const icons = existsSync(join(publicDir, 'icons'))
    ? readdirSync(join(publicDir, 'icons')).map((f) => `icons/${f}`)
    : [];
  for (const f of [...STATIC_SHELL, ...icons])
    if (existsSync(join(publicDir, f))) contents.set(f, readFileSync(join(publicDir, f)));
  const files = [...contents.keys()].sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(contents.get(f)!).update('\0');
  return { version: hash.digest('hex').slice(0, 16), files };
}

export function serviceWorker(): Plugin {
  // After index.html has its boot script: the shell is the final files.
  return indexHtmlPlugin('service-worker', async function (bundle, _html, { root, publicDir }) {
    this.emitFile({
      type: 'asset',
      fileName: 'sw.js',
      source: await classicScript(root, 'src/sw/sw.ts', 'welfarePlanWorker', {
        __SHELL__: JSON.stringify(shellOf(bundle, publicDir)),
      }),
    });
  });
}
