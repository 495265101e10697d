/**
 * The caches of one copy of the site. Several copies can share an origin (a council serves the
 * site at / and under /council-site/), and CacheStorage is per origin: each name carries the
 * scope, so one copy's worker never keeps or deletes another's files.
 */
export interface CacheNames {
  /** The app's own files (the build's), one cache per version: two versions never mix. */
  shell: string;
  /** Every shell cache of this scope starts so (to find the older versions). */
  shellPrefix: string;
  /** Plans, progress sheets, the reading table and search data: kept across versions. */
  data: string;
}

export function cacheNames(scope: string, version = ''): CacheNames {
  const prefix = `welfare-plan-explorer ${scope}`;
  return { shell: `${prefix} shell ${version}`, shellPrefix: `${prefix} shell `, data: `${prefix} data` };
}

/** The scope a page of the site lives in: the folder of index.html (the site works from any sub-path). */
export function pageScope(href: string): string {
  return new URL('./', href).href;
}
