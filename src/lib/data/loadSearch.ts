import type { Plan } from '../plan/schema';
import type { PlanTree } from '../plan/hierarchy';
import type { Hit } from '../search/search';
import { NO_READINGS, type Readings } from '../text/readings';
import { docsOf } from '../search/searchIndex';
import { buildShards } from '../search/shards/buildShards';
import { ShardIndex } from '../search/shards/shardIndex';
import { httpStore, memoryStore } from '../search/shards/store';
import { loadIndex, loadPlan } from './loadPlans';
import { loadReadings } from './loadReadings';
import { offlineState } from '../offline/offline.svelte';

export interface SearchSources {
  indexes: ShardIndex[];
  councils: Map<string, string>;
  /** The reading table did not load: words are found as written only. */
  withoutReadings: boolean;
}

/** The published plans' index, built with the site (dist/search/), beside the app so any sub-path works. */
const publishedStore = httpStore('search/');
let sources: Promise<SearchSources> | null = null;

/**
 * Plans imported in this browser are indexed here, in memory, into the same shards as the
 * build writes, and read by the same reader: one way of searching for both.
 */
async function importedIndex(readings: Readings): Promise<ShardIndex | null> {
  const { plans } = await loadIndex();
  return indexInMemory(await Promise.all(plans.filter((p) => p.imported).map((p) => loadPlan(p.id))), readings);
}

function indexInMemory(plans: Plan[], readings: Readings): ShardIndex | null {
  if (!plans.length) return null;
  const files = buildShards(
    plans.flatMap((p) => docsOf(p, undefined, readings)),
    plans.map((p) => ({ id: p.id, council: p.council })),
  );
  return new ShardIndex(memoryStore(files), readings);
}

/**
 * Offline the site's index is out of reach (its shards come per query): the plans this browser
 * keeps are indexed here instead, as the imported ones are, so search works over what is kept.
 */
async function keptIndex(readings: Readings): Promise<ShardIndex | null> {
  const offline = offlineState();
  await offline.refresh();
  const kept = await Promise.all([...offline.kept].map((id) => loadPlan(id).catch(() => null)));
  return indexInMemory(
    kept.filter((p): p is Plan => p !== null),
    readings,
  );
}

/** The site's index, or null when its manifest cannot be had (offline). */
async function siteIndex(readings: Readings): Promise<ShardIndex | null> {
  const index = new ShardIndex(publishedStore, readings);
  return index.manifest().then(
    () => index,
    () => null,
  );
}

let builtOffline = false;

/** The indexes to search and the council of every plan in them; the shards come later, per query. */
export function loadSearch(): Promise<SearchSources> {
  const offline = !offlineState().online;
  if (offline !== builtOffline) sources = null;
  builtOffline = offline;
  // The reading table first (5 KB): queries are read with it, and imported plans indexed with it.
  sources ??= loadReadings().then(async (readings) => {
    const [site, local] = await Promise.all([
      offline ? null : siteIndex(readings),
      importedIndex(readings).catch((e) => (offline ? null : Promise.reject(e))),
    ]);
    // The site's index out of reach (offline, known or found now): what this browser keeps.
    const published = site ?? (await keptIndex(readings));
    const indexes = [published, local].filter((x): x is ShardIndex => x !== null);
    const manifests = await Promise.all(indexes.map((x) => x.manifest()));
    return {
      indexes,
      councils: new Map(manifests.flatMap((x) => x.plans.map((p): [string, string] => [p.id, p.council]))),
      withoutReadings: readings === NO_READINGS,
    };
  });
  sources.catch(() => (sources = null));
  // Built without the reading table (it did not load): used this once, and the next search tries again.
  const built = sources;
  void built.then(
    (s) => s.withoutReadings && sources === built && (sources = null),
    () => {},
  );
  return sources;
}

/** After an import or removal: the next search indexes the imported plans anew. */
export function invalidateSearch(): void {
  sources = null;
}

/** The plan page's search (src/lib/search/planSearch.ts), loaded with the reading table on the first query. */
export async function loadPlanSearch(plan: Plan, tree: PlanTree): Promise<(query: string) => Hit[]> {
  const [m, readings] = await Promise.all([import('../search/planSearch'), loadReadings()]);
  return m.planSearch(plan, tree, readings);
}
