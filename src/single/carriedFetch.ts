import type { Carried } from '../lib/offline/oneFile';

const TYPES: Record<string, string> = { json: 'application/json', csv: 'text/csv; charset=utf-8' };

/**
 * fetch() for a page opened from a file: the app's loaders ask for plans/<id>.json, its progress
 * sheet and the reading table by relative URL, as on the site; here the file answers them
 * itself. Anything it does not carry fails at once, as offline: the file never uses the network.
 */
export function carriedFetch(files: Carried['files'], base: string): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), base).href;
    const path = url.startsWith(base) ? url.slice(base.length).split(/[?#]/)[0] : null;
    const body = path !== null ? files[path] : undefined;
    if (body === undefined) throw new TypeError('このファイルには含まれていないデータです');
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': TYPES[path!.split('.').pop() ?? ''] ?? 'text/plain' },
    });
  };
}
