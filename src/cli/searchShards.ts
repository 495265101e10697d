import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { Plan, PlanIndex } from '../lib/plan/schema';
import { docsOf } from '../lib/search/searchIndex';
import { buildShards } from '../lib/search/shards/buildShards';

/** The listed plans' search index, every file gzip-compressed (the reader undoes it), by path under search/. */
export function searchFiles(plansDir: string): Map<string, Uint8Array> {
  const index = JSON.parse(readFileSync(join(plansDir, 'index.json'), 'utf8')) as PlanIndex;
  const plans = index.plans.map((p) => JSON.parse(readFileSync(join(plansDir, `${p.id}.json`), 'utf8')) as Plan);
  const files = buildShards(plans.flatMap((p) => docsOf(p)), plans.map((p) => ({ id: p.id, council: p.council })));
  for (const [k, v] of files) files.set(k, gzipSync(v, { level: 9 }));
  return files;
}

/**
 * Writes the sharded search index into the build (dist/search/) and serves it in development, so
 * the app reads one index the same way from any static host.
 */
export function searchShards(plansDir = 'static/plans'): Plugin {
  let files: Map<string, Uint8Array> | null = null;
  return {
    name: 'search-shards',
    configureServer(server) {
      server.watcher.on('change', (f) => f.includes(plansDir) && (files = null));
      server.middlewares.use((req, res, next) => {
        const m = /^\/search\/([\w/.-]+)$/.exec(req.url?.split('?')[0] ?? '');
        const body = m && (files ??= searchFiles(plansDir)).get(m[1]);
        if (!body) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(body);
      });
    },
    generateBundle() {
      for (const [path, source] of searchFiles(plansDir)) this.emitFile({ type: 'asset', fileName: `search/${path}`, source });
    },
  };
}
