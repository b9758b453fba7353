/**
 * Astro integration: puts the head script (src/client/head.ts: the text-size control of
 * src/client/text-size.ts and the header's menu button) inline in the <head> of every page. It must run before the first paint, so it cannot be a deferred module; as a
 * `head-inline` script Astro hashes it into the Content-Security-Policy (script-src), so no
 * 'unsafe-inline' is needed. Bundled and minified with esbuild (Astro's own dependency).
 */
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const TEXT_SIZE_CLIENT = fileURLToPath(new URL('../client/head.ts', import.meta.url));

/** The script as it goes into the page: one minified IIFE. */
export function textSizeScript(): string {
  const result = buildSync({
    entryPoints: [TEXT_SIZE_CLIENT],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0].text.trim();
}

export default function textSize(): AstroIntegration {
  return {
    name: 'liushi:text-size',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', textSizeScript()),
    },
  };
}
