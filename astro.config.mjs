// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import buildTimings from './src/integrations/timings.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Canonical origin, used for permanent links and feeds. Override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://archive.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The sitemap lists every page; the search page and 404 carry no archive content of their own.
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(search|404)\/?$/u.test(page) }), pagefind(), buildTimings()],
  devToolbar: { enabled: false },
  // Content-Security-Policy on every page: only this site's own scripts (Astro adds their hashes),
  // styles, images and connections; Pagefind compiles its WebAssembly and runs a worker from /pagefind/.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
