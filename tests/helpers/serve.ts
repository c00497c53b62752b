// A small static server of a build folder for the end-to-end tests, started in well under a second:
//   node tests/helpers/serve.ts --out dist --base / --port 4400
// It serves what a static host serves and no more, like `astro preview`: files by path under the base,
// a folder's index.html, a redirect from a folder address without its trailing slash to the one with it,
// and the site's 404.html with status 404 for anything else. Headers from _headers are nginx's job
// (the "nginx" Playwright project); here only the content type is set.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: a } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4400' },
  },
});
const out = resolve(a.out!);
const base = a.base!;
if (!existsSync(join(out, 'index.html'))) {
  console.error(`serve: ${out}/index.html is missing. Fix: build the site first (npm run build)`);
  process.exit(1);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (status: number, file: string) => {
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
  const notFound = () => send(404, join(out, '404.html'));
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return notFound();
  }
  // The base without its trailing slash is the site's address too.
  if (`${path}/` === base) {
    res.writeHead(301, { location: base });
    return res.end();
  }
  if (!path.startsWith(base)) return notFound();
  const file = resolve(out, path.slice(base.length));
  // Nothing outside the build folder.
  if (file !== out && !file.startsWith(`${out}/`)) return notFound();
  if (path.endsWith('/')) return isFile(join(file, 'index.html')) ? send(200, join(file, 'index.html')) : notFound();
  if (isFile(file)) return send(200, file);
  if (isDir(file) && isFile(join(file, 'index.html'))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  notFound();
}).listen(Number(a.port), '127.0.0.1', () => console.log(`serve: ${out} at http://127.0.0.1:${a.port}${base}`));
