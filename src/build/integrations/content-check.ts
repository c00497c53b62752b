// Runs the content check before Astro loads any content, so a maintainer's mistake stops the build
// with a message that names the file, the field and the fix.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validateContent, formatProblems } from '../../check/index.ts';
import { contentDir } from '../../records/paths.ts';
import { CHART_IDS } from '../../charts/ids.ts';

/** Astro integration that fails the build (and warns in dev) when the content check finds problems. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = validateContent({ root, contentDir, charts: CHART_IDS });
        if (!problems.length) return;
        const report = formatProblems(problems);
        if (command === 'dev') logger.warn(report);
        else throw new Error(report);
      },
    },
  };
}
