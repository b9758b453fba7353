/**
 * Astro integration: the page images and PDFs of the 版 read from PDF seeds (src/pdf/page-view.ts)
 * copied into the output at the end of the build, under their 版 page's address. The pages that
 * show them registered them while rendering; a text-only archive copies nothing.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfPageFiles } from '../pdf/page-view.ts';

export default function pdfPages(): AstroIntegration {
  return {
    name: 'liushi-pdf-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = pdfPageFiles();
        const out = fileURLToPath(dir);
        for (const [to, from] of files) {
          const target = join(out, to);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(from, target);
        }
        if (files.size) logger.info(`版面图和 PDF：${files.size} 个文件`);
        files.clear();
      },
    },
  };
}
