import type { AstroIntegration } from 'astro';
import { ContentError, formatReport } from './problem.ts';

/**
 * Runs the content checks inside Astro, so `astro dev` and a bare `astro build` refuse bad
 * content too. The build script checks first and sets CONTENT_CHECKED=1 to skip the repeat.
 * In dev, problems are logged (and re-checked on every content edit) instead of stopping
 * the server. The checks are loaded only when they run: astro.config.mjs loads this module,
 * and the build script (which has checked already) would otherwise load every check's code
 * with the config.
 */
export function contentGuard(): AstroIntegration {
  const checks = async () => {
    const [{ contentDir, readContent }, { validateContent }] = await Promise.all([import('./read-content.ts'), import('./validate.ts')]);
    return { dir: contentDir(), check: () => validateContent(readContent(contentDir())) };
  };
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (process.env.CONTENT_CHECKED === '1') return;
        const result = (await checks()).check();
        if (result.ok) return;
        if (command === 'dev') logger.error(formatReport(result.problems));
        else throw new ContentError(result.problems);
      },
      'astro:server:setup': async ({ server, logger }) => {
        const { dir, check } = await checks();
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
