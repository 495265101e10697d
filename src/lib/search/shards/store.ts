/** Where the index's files come from: a static host, or memory (plans imported in this browser). */
export type Store = (path: string) => Promise<Uint8Array>;

export class StoreError extends Error {}

const isGzip = (b: Uint8Array) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * Files are written gzip-compressed (as Pagefind does), so they travel small from any host; a
 * host that already decompressed them (Content-Encoding) hands over plain bytes, read as they are.
 */
async function gunzip(b: Uint8Array): Promise<Uint8Array> {
  // Written straight into the stream: a Blob would copy every file to the browser's blob store first
  // (measured: most of a warm keystroke's script time went there).
  const ds = new DecompressionStream('gzip');
  const writer = ds.writable.getWriter();
  void writer
    .write(b as BufferSource)
    .then(() => writer.close())
    .catch(() => {});
  return new Uint8Array(await new Response(ds.readable).arrayBuffer());
}

/** Files under a folder URL, relative to the page, so the site works from any sub-path. */
export function httpStore(base: string, fetcher: typeof fetch = (...a) => fetch(...a)): Store {
  return async (path) => {
    let res: Response;
    try {
      res = await fetcher(`${base}${path}`);
    } catch {
      throw new StoreError('検索データを読み込めませんでした。通信状態を確かめて、もう一度お試しください。');
    }
    if (!res.ok) throw new StoreError(`検索データを読み込めませんでした(${res.status})。`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return isGzip(bytes) ? gunzip(bytes) : bytes;
  };
}

export function memoryStore(files: ReadonlyMap<string, Uint8Array>): Store {
  return async (path) => {
    const f = files.get(path);
    if (!f) throw new StoreError(`検索データ ${path} がありません。`);
    return isGzip(f) ? gunzip(f) : f;
  };
}
