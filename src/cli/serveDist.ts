import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A plain static host for the built site (dist/), for the tools (bench, screenshots, serve) and
 * the e2e tests (tests/e2e/server.ts re-exports it).
 *
 * CSP: exactly the policy the README says the built site needs (tests/unit/csp.test.ts holds them
 * together): nothing but the site's own files, no inline script or style, no data: or blob: images.
 */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  /** Send the site's CSP (above) with every file. */
  csp?: boolean;
  /** Pages of a council's site, by path (what an admin pasted), served as they are. */
  pages?: Record<string, string>;
  /** The host page's own Content-Security-Policy, sent with `pages`. */
  pagesCsp?: string;
  /** Which files get `Access-Control-Allow-Origin: *` (a plan site serving other sites, or a sandboxed frame). */
  cors?: (path: string) => boolean;
  gzip?: boolean;
  /** As most SPA hosts and CMSs: a path with no file is answered with index.html (status 200). */
  spa?: boolean;
  /**
   * HTTP/2 over TLS, as every real static host serves (browsers speak HTTP/2 only over TLS): a
   * certificate made for the run, so the browser must be told to accept it
   * (--ignore-certificate-errors). For the bench only.
   */
  http2?: boolean;
}

/** A self-signed certificate for 127.0.0.1, made once per process with openssl. */
function localCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/**
 * Serves dist/ as a plain static host would, both at / and under a sub-path (/council-site/), with the
 * strict Content-Security-Policy on every response.
 */
export function serve(
  root: string,
  port = 0,
  subPath = '/council-site/',
  { csp = true, pages = {}, pagesCsp, cors = () => false, gzip = false, spa = false, http2 = false }: ServeOptions = {},
): Promise<{ server: Server; url: string }> {
  const handle = async (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Browsers ask every host for an icon; a plain host page has none, and that is not an error.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (pages[path])
      return void res
        .writeHead(200, {
          'Content-Type': TYPES['.html'],
          ...(pagesCsp ? { 'Content-Security-Policy': pagesCsp } : {}),
        })
        .end(pages[path]);
    if (path.startsWith(subPath)) path = `/${path.slice(subPath.length)}`;
    if (path.endsWith('/')) path += 'index.html';
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    try {
      if (spa && !(await stat(file).catch(() => null))?.isFile()) file = join(root, 'index.html');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      // As a static host that compresses and lets browsers keep the hashed assets.
      const compress =
        gzip && /gzip/.test(String(req.headers['accept-encoding'])) && /\.(html|js|css|json|svg|csv)$/.test(file);
      if (compress) body = gzipSync(body);
      res.writeHead(200, {
        ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        ...(gzip && path.includes('/assets/') ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}),
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(csp ? { 'Content-Security-Policy': CSP } : {}),
        ...(cors(path) ? { 'Access-Control-Allow-Origin': '*' } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  };
  // Typed as the HTTP/1.1 server: the callers only listen, read the address and close.
  const server = (
    http2 ? createSecureServer({ ...localCertificate(), allowHTTP1: true }, handle) : createServer(handle)
  ) as Server;
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const a = server.address();
      resolve({ server, url: `${http2 ? 'https' : 'http'}://127.0.0.1:${typeof a === 'object' && a ? a.port : port}` });
    }),
  );
}
