/**
 * A Vite plugin (build only): one-file.html, the template of 「1 つのファイルで保存」. The plan
 * page and its presentation (src/single/main.ts) as one classic script and one style sheet,
 * both inline, each allowed by its hash in the file's own Content-Security-Policy: the file runs
 * exactly its own code, and reaches no network (default-src 'none'). The app fills in the plan.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { TEMPLATE_TITLE, carriedSlot } from '../lib/offline/oneFile.ts';

/**
 * Modules of the site that a one-file copy shows no part of (PlanView hides their actions there),
 * each replaced by what the copy needs of it: the file stays as small as the views allow.
 */
const LEFT_OUT: Record<string, string> = {
  'src/lib/components/EmbedDialog.svelte': 'src/single/Nothing.svelte',
  'src/lib/components/offline/TakeAlong.svelte': 'src/single/Nothing.svelte',
  // A QR code leads to the site, which a file has not; the plan page's 「住民の意見」 panel is hidden there.
  'src/lib/components/voices/VoiceQr.svelte': 'src/single/Nothing.svelte',
  'src/lib/components/voices/VoicesPanel.svelte': 'src/single/Nothing.svelte',
  'src/lib/voices/loadQr.ts': 'src/single/noQr.ts',
  'src/lib/data/loadSearch.ts': 'src/single/planSearchOnly.ts',
};

function leaveOut(root: string): Plugin {
  return {
    name: 'single-file-leave-out',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const rel = resolved?.id.startsWith(root) ? resolved.id.slice(root.length + 1) : null;
      return rel && LEFT_OUT[rel] ? resolve(root, LEFT_OUT[rel]) : null;
    },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The template: nothing in it but the code, the styles and an empty place for the plan. */
export function oneFileHtml(js: string, css: string): string {
  // Inside <script> and <style> an HTML parser stops at these; the bundler never writes them, but check.
  if (/<\/script/i.test(js) || /<\/style/i.test(css))
    throw new Error('singleFile: the code would close its own element');
  const csp = `default-src 'none'; script-src ${sha256(js)}; style-src ${sha256(css)}; img-src data: blob:; font-src data:`;
  return `<!doctype html>
<html lang="ja" data-one-file>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${TEMPLATE_TITLE}
<style>${css}</style>
</head>
<body>
${carriedSlot()}
<div id="app"></div>
<script>${js}</script>
</body>
</html>
`;
}

async function bundle(root: string, resolveConfig: UserConfig['resolve']): Promise<{ js: string; css: string }> {
  const out = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    plugins: [leaveOut(root), svelte({ emitCss: true })],
    resolve: resolveConfig,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      cssCodeSplit: false,
      lib: { entry: resolve(root, 'src/single/main.ts'), formats: ['iife'], name: 'welfarePlanFile' },
    },
  })) as Rolldown.RolldownOutput[];
  const files = out[0].output;
  const js = files.find((f): f is Rolldown.OutputChunk => f.type === 'chunk')!.code;
  const css = files
    .filter((f): f is Rolldown.OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css'))
    .map((f) => String(f.source))
    .join('\n');
  return { js, css };
}

export function singleFile(): Plugin {
  let root = process.cwd();
  let resolveConfig: UserConfig['resolve'] = {};
  return {
    name: 'single-file',
    apply: 'build',
    config(config) {
      resolveConfig = config.resolve;
    },
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      const { js, css } = await bundle(root, resolveConfig);
      this.emitFile({ type: 'asset', fileName: 'one-file.html', source: oneFileHtml(js.trim(), css.trim()) });
    },
  };
}
