/**
 * npm run bench -- --serve: the app with the synthetic national corpus (1,741 councils × 150
 * items, made from the seeds' phrases by nationalCorpus.ts) instead of the five seeds, to try
 * the gallery's filter, search and comparison at the scale of a national portal. Builds a copy
 * of dist/ with the plans, their index and the sharded search index, and serves it (gzip, as a
 * static host would) until Ctrl+C. PORT sets the port (default 4173).
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from './serveDist';
import type { Plan, PlanIndex } from '../lib/plan/schema';
import { summarize } from '../lib/plan/summarize';
import { docsOf } from '../lib/search/searchIndex';
import { buildShards } from '../lib/search/shards/buildShards';
import { PREFECTURES } from '../lib/search/filterPlans';
import { prepareReadings } from '../lib/text/readings';
import { nationalCorpus } from './nationalCorpus';
import { writePlanPages } from '../build/planPages';

export async function serveNational(port = Number(process.env.PORT ?? 4173)): Promise<void> {
  const seeds: Plan[] = readdirSync('static/plans')
    .filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.includes('sample'))
    .map((f) => JSON.parse(readFileSync(`static/plans/${f}`, 'utf8')));
  const dir = mkdtempSync(join(tmpdir(), 'national-'));
  cpSync('dist', dir, { recursive: true });
  // Dressed as councils: a name, a prefecture in turn, a title and a 基本理念 from its first goal.
  const plans = nationalCorpus(seeds, 1741, 150).map((p, i): Plan => ({
    ...p,
    council: `合成${i + 1}市社会福祉協議会`,
    municipality: `合成${i + 1}市`,
    prefecture: PREFECTURES[i % PREFECTURES.length],
    title: `第${(i % 5) + 1}次 地域福祉活動計画(合成データ)`,
    vision: p.root.children[0]?.title ?? '',
    root: { ...p.root, title: p.root.children[0]?.title ?? '合成計画' },
  }));
  for (const p of plans) writeFileSync(join(dir, 'plans', `${p.id}.json`), JSON.stringify(p));
  const index: PlanIndex = { plans: plans.map(summarize) };
  writeFileSync(join(dir, 'plans', 'index.json'), JSON.stringify(index));
  const readings = prepareReadings(JSON.parse(readFileSync('static/search/readings.json', 'utf8')));
  const files = buildShards(
    plans.flatMap((p) => docsOf(p, undefined, readings)),
    plans.map((p) => ({ id: p.id, council: p.council })),
  );
  for (const [path, raw] of files) {
    mkdirSync(dirname(join(dir, 'search', path)), { recursive: true });
    writeFileSync(join(dir, 'search', path), gzipSync(raw, { level: 9 }));
  }
  copyFileSync('static/search/readings.json', join(dir, 'search', 'readings.json'));
  // Each plan's own page, as the build writes them (plan/<id>/index.html).
  const started = performance.now();
  const pages = await writePlanPages(dir, plans);
  console.log(
    `計画ごとのページ ${pages.toLocaleString()} 件を ${((performance.now() - started) / 1000).toFixed(1)} 秒で書きました`,
  );
  const { url } = await serve(dir, port, '/x/', { gzip: true });
  console.log(`全国 1,741 協議会の合成データで起動しました: ${url}/x/  (終了は Ctrl+C)`);
  await new Promise(() => {});
}
