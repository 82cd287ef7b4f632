import type { AstroIntegration } from 'astro';
import { ContentError, formatReport } from './problem.ts';
import { contentDir, readContent } from './read-content.ts';
import { validateContent } from './validate.ts';

/**
 * Runs the content checks inside Astro, so `astro dev` and a bare `astro build` refuse bad
 * content too. The build script checks first and sets CONTENT_CHECKED=1 to skip the repeat.
 * In dev, problems are logged (and re-checked on every content edit) instead of stopping
 * the server.
 */
export function contentGuard(): AstroIntegration {
  const check = () => validateContent(readContent(contentDir()));
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (process.env.CONTENT_CHECKED === '1') return;
        const result = check();
        if (result.ok) return;
        if (command === 'dev') logger.error(formatReport(result.problems));
        else throw new ContentError(result.problems);
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(dir)) return;
          const result = check();
          if (result.ok) logger.info('content checks pass');
          else logger.error(formatReport(result.problems));
        });
      },
    },
  };
}
