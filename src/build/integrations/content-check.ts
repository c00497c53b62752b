// Runs the content check before Astro loads any content, so a maintainer's mistake stops the build
// with a message that names the file, the field and the fix. In `astro dev` it runs again on every
// page request: a record broken while the server is up gets the check's own report in the browser
// (instead of a crash in whatever component first reads the broken record), and the page comes back
// on the next request once the file is fixed, without a restart.
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { validateContent, formatProblems, type Problem } from '../../check/index.ts';
import { contentDir } from '../../records/paths.ts';
import { CHART_IDS } from '../../charts/ids.ts';

const escapeHtml = (s: string) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/**
 * The page `astro dev` answers with while the content has problems: the check's report, one item per
 * problem (file and line, field, message, fix), with no script and no inline style.
 */
export function problemsPage(problems: Problem[]): string {
  const n = problems.length;
  const items = problems
    .map((p) => {
      const where = `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
      return `<li><p><code>${escapeHtml(where)}</code></p><p><strong>${escapeHtml(p.field)}</strong>: ${escapeHtml(p.message)}</p><p>Fix: ${escapeHtml(p.fix)}</p></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The content has ${n} problem${n === 1 ? '' : 's'}</title>
</head>
<body>
<main>
<h1>The content has ${n} problem${n === 1 ? '' : 's'}</h1>
<p>The content check (<code>npm run check:content</code>) found these mistakes. Fix the files and reload this page; the server does not need a restart.</p>
<ol>
${items}
</ol>
<pre>${escapeHtml(formatProblems(problems))}</pre>
</main>
</body>
</html>
`;
}

/** Whether a dev request asks for a page or an endpoint built from the content (not a script, style or image). */
export function isPageRequest(method: string | undefined, url: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = (url ?? '/').split('?')[0];
  if (
    ['/@', '/__', '/_astro/', '/node_modules/', '/src/', '/.astro/'].some(
      (p) => path.startsWith(p) || path.includes(`/${p.slice(1)}`),
    )
  )
    return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return dot < 0 || ['.html', '.xml', '.csv', '.json', '.txt'].includes(last.slice(dot));
}

/** Astro integration that fails the build (and warns in dev) when the content check finds problems. */
export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  const check = () => validateContent({ root, contentDir, charts: CHART_IDS }).problems;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const problems = check();
        if (!problems.length) return;
        const report = formatProblems(problems);
        if (command === 'dev') logger.warn(report);
        else throw new Error(report);
      },
      'astro:server:setup': ({ server, logger }) => {
        let reported = '';
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (!isPageRequest(req.method, req.url)) return next();
          let problems: Problem[];
          try {
            problems = check();
          } catch (e) {
            // A bug in the check itself must not hide the site: Astro shows its own error then.
            logger.error(`The content check failed: ${(e as Error).stack ?? String(e)}`);
            return next();
          }
          const report = problems.length ? formatProblems(problems) : '';
          // The terminal hears of a new report once, not on every request.
          if (report && report !== reported) logger.warn(report);
          reported = report;
          if (!problems.length) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(req.method === 'HEAD' ? undefined : problemsPage(problems));
        });
      },
    },
  };
}
