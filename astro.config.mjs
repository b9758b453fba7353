// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import searchIndex from './src/integrations/search-index.ts';
import textSize from './src/integrations/text-size.ts';
import pdfPages from './src/integrations/pdf-pages.ts';
import buildTimings from './src/integrations/timings.ts';
import { redirectSources } from './src/integrations/build-spill.ts';
import { readSiteSettings } from './src/site/settings.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Canonical origin, used for permanent links and feeds: `url` in seeds/site.yaml, or SITE_URL for one build.
  site: readSiteSettings().origin,
  trailingSlash: 'always',
  // Scripts and component styles as files under /_astro/ (content-hashed, cached for a year), not
  // inlined into every page: inlined, they were ≈ 5 kB of each page's HTML plus their hashes in its
  // CSP — ≈ 270 MB of a 40,000-article site (53,000 pages), past what a static host takes (issue 22).
  // Styles are split by page type (Vite's default cssCodeSplit): each page loads the shared sheet
  // (global.css and the header, 2.8 kB gzipped) and its own page type's styles, not the whole site's
  // (one sheet was 6.7 kB gzipped on every first visit). Articles and the listing pages have routes
  // of their own for this ([...path].astro, [...listing].astro).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: (file) => (/\.(js|css)$/u.test(file) ? false : undefined) } },
  // The sitemap lists every page; the search page and 404 carry no archive content of their own.
  integrations: [
    mdx(),
    // Old addresses that only redirect (those of seeds/redirects.yaml the loader accepted) stay out too.
    sitemap({ filter: (page) => !/\/(search|404)\/?$/u.test(page) && !redirectSources().has(new URL(page).pathname) }),
    // Before searchIndex(): its astro:build:done removes the build's spill folder, which lists the
    // files pdfPages() copies.
    pdfPages(),
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
