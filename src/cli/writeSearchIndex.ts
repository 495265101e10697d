/**
 * Writes the sharded search index of the listed plans, every file gzip-compressed (the reader
 * undoes it): tsx src/cli/writeSearchIndex.ts <plans dir> <out dir>. Run by the Vite plugin searchShards
 * in vite.config.ts for the build (dist/search/) and the dev server.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plan, PlanIndex } from '../lib/plan/schema';
import { docsOf } from '../lib/search/searchIndex';
import { buildShards } from '../lib/search/shards/buildShards';
import { MANIFEST } from '../lib/search/shards/format';
import { NO_READINGS, prepareReadings } from '../lib/text/readings';

const [plansDir, outDir, readingsFile] = process.argv.slice(2);
if (!plansDir || !outDir)
  throw new Error('使い方: tsx src/cli/writeSearchIndex.ts <計画のフォルダ> <出力先> [読みの表 readings.json]');
// The reading table npm run compile wrote (static/search/readings.json): the index holds each text's reading too.
const readings =
  readingsFile && existsSync(readingsFile)
    ? prepareReadings(JSON.parse(readFileSync(readingsFile, 'utf8')))
    : NO_READINGS;
const index = JSON.parse(readFileSync(join(plansDir, 'index.json'), 'utf8')) as PlanIndex;
const plans = index.plans.map((p) => JSON.parse(readFileSync(join(plansDir, `${p.id}.json`), 'utf8')) as Plan);
const files = buildShards(
  plans.flatMap((p) => docsOf(p, undefined, readings)),
  plans.map((p) => ({ id: p.id, council: p.council })),
);
// Only the index's own files: the folder also holds the reading table, copied from static/search/.
for (const old of ['s', 'f', MANIFEST]) rmSync(join(outDir, old), { recursive: true, force: true });
for (const [path, raw] of files) {
  mkdirSync(dirname(join(outDir, path)), { recursive: true });
  writeFileSync(join(outDir, path), gzipSync(raw, { level: 9 }));
}
