import { docsOf } from '../search/searchIndex';
import { buildShards } from '../search/shards/buildShards';
import { ShardIndex } from '../search/shards/shardIndex';
import { httpStore, memoryStore } from '../search/shards/store';
import { loadIndex, loadPlan } from './loadPlans';

export interface SearchSources {
  indexes: ShardIndex[];
  councils: Map<string, string>;
}

/** The published plans' index, built with the site (dist/search/), beside the app so any sub-path works. */
const published = new ShardIndex(httpStore('search/'));
let sources: Promise<SearchSources> | null = null;

/**
 * Plans imported in this browser are indexed here, in memory, into the same shards as the
 * build writes, and read by the same reader: one way of searching for both.
 */
async function importedIndex(): Promise<ShardIndex | null> {
  const { plans } = await loadIndex();
  const local = await Promise.all(plans.filter((p) => p.imported).map((p) => loadPlan(p.id)));
  if (!local.length) return null;
  const files = buildShards(local.flatMap((p) => docsOf(p)), local.map((p) => ({ id: p.id, council: p.council })));
  return new ShardIndex(memoryStore(files));
}

/** The indexes to search and the council of every plan in them; the shards come later, per query. */
export function loadSearch(): Promise<SearchSources> {
  sources ??= Promise.all([published.manifest(), importedIndex()]).then(async ([m, local]) => {
    const indexes = local ? [published, local] : [published];
    const manifests = [m, ...(local ? [await local.manifest()] : [])];
    return { indexes, councils: new Map(manifests.flatMap((x) => x.plans.map((p): [string, string] => [p.id, p.council]))) };
  });
  sources.catch(() => (sources = null));
  return sources;
}

/** After an import or removal: the next search indexes the imported plans anew. */
export function invalidateSearch(): void {
  sources = null;
}
