// The bench's one static server, for this site's build and the peers' alike, so every page is measured
// with the same encoding and the same headers (ported from shared/bench/measure-page.mjs, which made
// the table): honest Content-Type by extension; gzip level 9 for text types, never for woff2 or
// images; `/dir` → 301 to `/dir/`; `/foo/` falls back to `foo.html`; unknown paths get the site's
// 404.html with status 404; HTML must revalidate, everything else is cached for a year. Every file is
// read and compressed before the first request, as a CDN serves precompressed files: compressing on
// first request would make the first run's responses slower than the later ones' and move Lighthouse's
// simulated timings. The site's own _headers (CSP and so on) are nginx's job, not measured here.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GZIP_LEVEL = 9;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/(svg\+xml|x-icon)|font\/ttf)/;

interface Entry {
  raw: Buffer;
  gzip: Buffer | null;
  type: string;
}

/** One request as the server answered it; `wireBytes` is status line, headers and body as written. */
export interface Served {
  path: string;
  status: number;
  type: string;
  bodyBytes: number;
  wireBytes: number;
}

export class StaticServer {
  readonly dist: string;
  readonly log: Served[] = [];
  private readonly files = new Map<string, Entry>();
  private server: Server | null = null;
  port = 0;

  constructor(dist: string) {
    this.dist = resolve(dist);
    const walk = (dir: string) => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        const f = join(dir, d.name);
        if (d.isDirectory()) walk(f);
        else if (d.isFile()) {
          const raw = readFileSync(f);
          const type = TYPES[extname(f).toLowerCase()] ?? 'application/octet-stream';
          this.files.set(f, { raw, type, gzip: COMPRESSIBLE.test(type) ? gzipSync(raw, { level: GZIP_LEVEL }) : null });
        }
      }
    };
    walk(this.dist);
  }

  /** The file a URL path names, a redirect, or nothing (a 404). */
  resolve(pathname: string): { file: string } | { redirect: string } | null {
    let p: string;
    try {
      p = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    const abs = resolve(this.dist, '.' + posix.normalize('/' + p));
    if (abs !== this.dist && !abs.startsWith(this.dist + sep)) return null;
    const has = (f: string) => this.files.has(f);
    if (p.endsWith('/')) {
      if (has(join(abs, 'index.html'))) return { file: join(abs, 'index.html') };
      if (abs !== this.dist && has(abs + '.html')) return { file: abs + '.html' };
      return null;
    }
    if (has(abs)) return { file: abs };
    if (has(join(abs, 'index.html'))) return { redirect: p + '/' };
    if (has(abs + '.html')) return { file: abs + '.html' };
    return null;
  }

  /** The body this server sends for a file, gzip-9 where the type is compressible. */
  body(file: string): Buffer | null {
    const e = this.files.get(file);
    return e ? (e.gzip ?? e.raw) : null;
  }

  /** The HTML file behind a page path (following the server's own redirects), or null. */
  pageFile(path: string): string | null {
    for (let i = 0, p = path; i < 5; i++) {
      const r = this.resolve(p);
      if (!r) return null;
      if ('file' in r) return r.file;
      p = r.redirect;
    }
    return null;
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const before = req.socket.bytesWritten;
    const rec: Served = { path: url.pathname, status: 0, type: '', bodyBytes: 0, wireBytes: 0 };
    this.log.push(rec);
    res.on('finish', () => (rec.wireBytes = req.socket.bytesWritten - before));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      rec.status = 405;
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let r = this.resolve(url.pathname);
    if (r && 'redirect' in r) {
      rec.status = 301;
      res.writeHead(301, { Location: r.redirect + url.search, 'Content-Length': 0 }).end();
      return;
    }
    let status = 200;
    if (!r) {
      status = 404;
      const nf = join(this.dist, '404.html');
      if (!this.files.has(nf)) {
        rec.status = 404;
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': 9 }).end('not found');
        return;
      }
      r = { file: nf };
    }
    const e = this.files.get(r.file)!;
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = e.gzip && accepts ? e.gzip : e.raw;
    const headers: Record<string, string | number> = {
      'Content-Type': e.type,
      'Content-Length': body.length,
      'Cache-Control': e.type.startsWith('text/html')
        ? 'public, max-age=0, must-revalidate'
        : 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    };
    if (e.gzip) headers.Vary = 'Accept-Encoding';
    if (body === e.gzip) headers['Content-Encoding'] = 'gzip';
    Object.assign(rec, { status, type: e.type, bodyBytes: req.method === 'HEAD' ? 0 : body.length });
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  listen(port = 0): Promise<number> {
    const server = createServer((req, res) => {
      try {
        this.handle(req, res);
      } catch (err) {
        res.writeHead(500).end(String(err));
      }
    });
    this.server = server;
    return new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => {
        const a = server.address();
        this.port = typeof a === 'object' && a ? a.port : port;
        ok(this.port);
      });
    });
  }

  close(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return Promise.resolve();
    s.closeAllConnections();
    return new Promise((ok) => s.close(() => ok()));
  }
}

/** Whether a path is a folder in `dist` with an index.html (used to find one page of a kind). */
export const isPageDir = (dist: string, rel: string) => {
  try {
    return statSync(join(dist, rel, 'index.html')).isFile();
  } catch {
    return false;
  }
};
