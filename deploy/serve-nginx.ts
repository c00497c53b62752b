// Serves a build with the real nginx, in the foreground, for the end-to-end tests (Playwright project
// "nginx") and for trying a deployment locally:
//   node deploy/serve-nginx.ts --out dist-sub --base /sub/path/ --port 4445
// Everything nginx writes (pid, logs, temp files, the generated configuration) goes to a fresh temp
// folder, removed on exit.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHeadersFile } from '../src/build/headers.ts';
import { renderNginxConf } from './nginx-conf.ts';

const { values: a } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '8080' },
    nginx: {
      type: 'string',
      default: process.env.NGINX_PATH ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx'),
    },
  },
});
const out = resolve(a.out!);
if (!existsSync(join(out, '_headers'))) {
  console.error(`serve-nginx: ${out}/_headers is missing. Fix: build the site first (npm run build), which writes it`);
  process.exit(1);
}
const tmp = mkdtempSync(join(tmpdir(), 'site-nginx-'));
// nginx workers may run as an unprivileged user: they must be able to walk into the temp folder.
chmodSync(tmp, 0o755);
// The web root is a folder in which <base> is a link to the build, so the URL path maps straight to files.
const webroot = join(tmp, 'www');
const mount = join(webroot, a.base!);
mkdirSync(dirname(mount.replace(/\/$/, '')), { recursive: true });
if (a.base === '/') symlinkSync(out, webroot);
else symlinkSync(out, mount.replace(/\/$/, ''));
const conf = join(tmp, 'nginx.conf');
writeFileSync(
  conf,
  renderNginxConf({
    port: Number(a.port),
    base: a.base!,
    webroot,
    tmp,
    rules: parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8')),
  }),
);

const child = spawn(a.nginx!, ['-e', join(tmp, 'error.log'), '-p', tmp, '-c', conf, '-g', 'daemon off;'], {
  stdio: 'inherit',
});
const cleanup = () => rmSync(tmp, { recursive: true, force: true });
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill('SIGQUIT'));
child.on('error', (e) => {
  console.error(
    `serve-nginx: could not start ${a.nginx}: ${e.message}. Fix: install nginx (apt-get install nginx) or set NGINX_PATH`,
  );
  cleanup();
  process.exit(1);
});
child.on('exit', (code) => {
  if (code) console.error(readFileSync(join(tmp, 'error.log'), 'utf8'));
  cleanup();
  process.exit(code ?? 0);
});
