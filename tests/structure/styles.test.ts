/**
 * Components' styles are global, each rule under a class the component owns (README, "Styles live
 * with their markup"): a scoped <style> would put Astro's data-astro-cid-… attribute back on every
 * element it styles (15 % of the site's HTML), and a rule starting from a bare element (`nav a`)
 * would restyle every page's elements of that name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );
}

/** Each rule's selectors (comments and at-rule preludes left out) of every <style> block of a file. */
function selectors(text: string): string[] {
  const css = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1]!).join('\n');
  return [...css.replace(/\/\*[\s\S]*?\*\//gu, '').matchAll(/([^{}]+)\{/gu)]
    .map((m) => m[1]!.trim())
    .filter((s) => !s.startsWith('@'))
    .flatMap((s) => s.split(',').map((part) => part.trim()))
    .filter(Boolean);
}

/** Elements a whole page has once, styled by the layout that renders them. */
const PAGE_ELEMENTS = new Set(['html', 'body', 'main']);

describe('component styles', () => {
  const files = astroFiles(SRC);

  it('no component or page has a scoped <style>', () => {
    const scoped = files.filter((f) => /<style(?![^>]*is:global)[^>]*>/u.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(scoped).toEqual([]);
  });

  it('every rule starts from a class, an attribute or an id, not a bare element', () => {
    const bare = files.flatMap((f) =>
      selectors(readFileSync(f, 'utf8'))
        .filter((s) => {
          const first = s.split(/[\s>+~]+/u)[0]!;
          return !/[.#[]/u.test(first) && !PAGE_ELEMENTS.has(first.replace(/:.*$/u, ''));
        })
        .map((s) => `${relative(SRC, f)}: ${s}`),
    );
    expect(bare).toEqual([]);
  });
});
