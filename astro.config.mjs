// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import searchIndex from './src/integrations/search-index.ts';
import textSize from './src/integrations/text-size.ts';
import buildTimings from './src/integrations/timings.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRedirects, REDIRECTS_FILE } from './src/archive/redirects.ts';
import { readSiteSettings } from './src/site/settings.ts';

// Old addresses that only redirect (seeds/redirects.yaml) stay out of the sitemap.
const redirectsFile = join(process.env.SEEDS_DIR || 'seeds', REDIRECTS_FILE);
const redirected = new Set(
  existsSync(redirectsFile) ? readRedirects(readFileSync(redirectsFile, 'utf8'), redirectsFile).redirects.map((r) => r.from) : [],
);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Canonical origin, used for permanent links and feeds: `url` in seeds/site.yaml, or SITE_URL for one build.
  site: readSiteSettings().origin,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The sitemap lists every page; the search page and 404 carry no archive content of their own.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/(search|404)\/?$/u.test(page) && !redirected.has(new URL(page).pathname) }),
    searchIndex(),
    textSize(),
    buildTimings(),
  ],
  devToolbar: { enabled: false },
  // Content-Security-Policy on every page: only this site's own scripts (Astro adds their hashes),
  // styles, images and connections (the search page fetches its index from /search/idx/).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
