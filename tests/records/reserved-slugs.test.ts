/**
 * The one list of the site's own first path segments (records/input.ts): every top-level page of
 * src/pages is in it, so no publication slug can shadow one, and the metadata check refuses them.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Publication, RESERVED_SLUGS } from '../../src/records/schema.ts';

/** `about.mdx` → `about`, `feed.xml.ts` → `feed.xml`, `data/` → `data`; the catch-all route is no segment. */
const topLevelRoutes = () =>
  readdirSync('src/pages', { withFileTypes: true })
    .map((e) => (e.isDirectory() ? e.name : e.name.replace(/\.(astro|mdx|md|ts)$/u, '')))
    .filter((name) => !name.startsWith('[') && name !== 'index');

describe('reserved slugs', () => {
  it('hold every top-level page of the site that a slug could take', () => {
    const sluggable = topLevelRoutes().filter((name) => /^[a-z][a-z0-9-]*$/u.test(name) || name === '404');
    expect(sluggable.length).toBeGreaterThan(4);
    for (const name of sluggable) expect(RESERVED_SLUGS, name).toContain(name);
  });

  it('are refused as a publication slug, with a message in Chinese naming the slug', () => {
    for (const slug of ['search', 'people', 'issues']) {
      const result = Publication.safeParse({ slug, name: '柳市' });
      expect(result.success, slug).toBe(false);
      expect(result.error?.issues[0]?.message).toContain(`“${slug}”是网站自身页面的地址`);
    }
    expect(Publication.safeParse({ slug: 'liushi', name: '柳市' }).success).toBe(true);
  });
});
