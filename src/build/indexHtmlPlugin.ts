/**
 * The shape the build's own plugins share (boot script, service worker, plan pages): build only,
 * they read the project's folders, and they work on the finished bundle once index.html is in
 * it. Each runs after Vite's own HTML work (order 'post'), in the order vite.config.ts lists them:
 * the boot script's tag is in index.html before the service worker hashes it, and both before the
 * plan pages copy it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import type { PlanIndex } from '../lib/plan/schema';

export interface BuildDirs {
  /** The project's root. */
  root: string;
  /** Its static files (static/): the published plans are in plans/ there. */
  publicDir: string;
}

type Handler = (
  this: Rolldown.PluginContext,
  bundle: Rolldown.OutputBundle,
  html: Rolldown.OutputAsset,
  dirs: BuildDirs,
) => void | Promise<void>;

export function indexHtmlPlugin(name: string, handler: Handler, more: Omit<Plugin, 'name'> = {}): Plugin {
  const dirs: BuildDirs = { root: process.cwd(), publicDir: '' };
  return {
    ...more,
    name,
    apply: 'build',
    configResolved(config) {
      dirs.root = config.root;
      dirs.publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const html = bundle['index.html'];
        if (html?.type === 'asset') await handler.call(this, bundle, html, dirs);
      },
    },
  };
}

/** The ids of the published plans (static/plans/index.json, samples too) whose file is there; none without a list. */
export function publishedIds(plansDir: string): string[] {
  const file = join(plansDir, 'index.json');
  if (!existsSync(file)) return [];
  const index = JSON.parse(readFileSync(file, 'utf8')) as PlanIndex;
  return [...index.plans, ...(index.samples ?? [])]
    .map((p) => p.id)
    .filter((id) => existsSync(join(plansDir, `${id}.json`)));
}

/** A source file and what it imports as one small classic script (an IIFE): the boot script, the service worker. */
export async function classicScript(
  root: string,
  entry: string,
  name: string,
  define: Record<string, string> = {},
): Promise<string> {
  const out = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    define,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve(root, entry), formats: ['iife'], name },
    },
  })) as Rolldown.RolldownOutput[];
  return out[0].output[0].code;
}
