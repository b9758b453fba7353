// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Canonical origin, used for permanent links and feeds. Override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://archive.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
});
