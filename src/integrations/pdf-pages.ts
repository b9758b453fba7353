/**
 * Astro integration: the page images and PDFs of the 版 read from PDF seeds (src/pdf/page-view.ts)
 * copied into the output at the end of the build, under their 版 page's address. The pages that
 * show them registered them while rendering, in the build's spill folder (src/integrations/build-spill.ts:
 * the one route by which data reaches the integrations); a text-only archive copies nothing. Under
 * `npm run dev` nothing is copied: the dev server answers a registered address from the cache,
 * once the page that shows it has been rendered (as it has when the browser asks for its images).
 */

const TYPES: Record<string, string> = { webp: 'image/webp', pdf: 'application/pdf' };
import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spilledPageFiles } from './build-spill.ts';

export default function pdfPages(): AstroIntegration {
  return {
    name: 'liushi-pdf-pages',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^\/+/u, '');
          // Only an image or a PDF can be a page's file: other requests pass without reading the list.
          if (!TYPES[path.split('.').pop()!]) return next();
          const from = spilledPageFiles().get(path);
          if (!from || !existsSync(from)) return next();
          res.setHeader('Content-Type', TYPES[path.split('.').pop()!]!);
          createReadStream(from).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const files = spilledPageFiles();
        const out = fileURLToPath(dir);
        for (const [to, from] of files) {
          const target = join(out, to);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(from, target);
        }
        if (files.size) logger.info(`版面图和 PDF：${files.size} 个文件`);
      },
    },
  };
}
