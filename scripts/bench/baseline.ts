/**
 * The comparison point of the search benchmark: what a site gets from Pagefind out of the box.
 *
 * Index: Pagefind's Node API over the built article pages (`dist/<article.url>/index.html`, as
 * published: `<html lang="zh-CN">`, no `data-pagefind-*` markup), so Pagefind 1.6's extended
 * indexer segments the Chinese text itself (ICU4X). Search page: `<html lang="zh-CN">`, the query
 * handed to `pagefind.search()` as typed, so Pagefind applies its own `Intl.Segmenter` query
 * segmentation; the first 10 results are loaded and shown in Pagefind's order.
 *
 * The page keeps the same contract as the real search page (form#search-form with input[name=q],
 * #search-results with aria-busy, `[data-search-result] a[href]`), so the benchmark drives both
 * the same way. `window.__benchAllUrls()` resolves every result's URL (for recall), after the
 * benchmark has stopped counting bytes.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Files Pagefind writes for its ready-made UIs. The baseline page uses the JS API (pagefind.js,
 * pagefind-worker.js, the wasm and the index), so these ~420 kB are removed, as a site would.
 */
export const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export const BASELINE_TOP = 10;

const SEARCH_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pagefind (default)</title><link rel="icon" href="data:,"></head>
<body>
<form id="search-form" action="/search/" method="get" role="search"><input name="q" type="search"><button type="submit">搜索</button></form>
<section id="search-results" aria-live="polite" aria-busy="true"></section>
<script type="module">
const region = document.getElementById('search-results');
const form = document.getElementById('search-form');
let pagefind = null;
let last = [];
let generation = 0;
async function run(q) {
  const mine = ++generation;
  region.setAttribute('aria-busy', 'true');
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
  }
  const response = q ? await pagefind.search(q) : null;
  const results = response ? response.results : [];
  const top = await Promise.all(results.slice(0, ${BASELINE_TOP}).map((r) => r.data()));
  if (mine !== generation) return;
  last = results;
  region.replaceChildren(...top.map((d) => {
    const li = document.createElement('li');
    li.setAttribute('data-search-result', '');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title || d.url;
    li.append(a);
    return li;
  }));
  region.setAttribute('aria-busy', 'false');
}
window.__benchAllUrls = () => Promise.all(last.map((r) => r.data().then((d) => d.url)));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = String(new FormData(form).get('q') || '').trim();
  history.pushState(null, '', '/search/?q=' + encodeURIComponent(q));
  void run(q);
});
const q = (new URLSearchParams(location.search).get('q') || '').trim();
form.querySelector('input').value = q;
void run(q);
</script>
</body>
</html>
`;

function check<T extends { errors: string[] }>(response: T | null | undefined, what: string): T {
  if (!response) throw new Error(`Pagefind (baseline): ${what}: no response`);
  if (response.errors.length) throw new Error(`Pagefind (baseline): ${what}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * Build the out-of-the-box site into `root`: `root/pagefind/` (index of the given article pages)
 * and `root/search/index.html` (the plain search page). Returns the number of pages indexed.
 * `config.rootSelector` restricts what Pagefind reads of each page (for the "article only" variant).
 */
export async function buildBaseline(
  dist: string,
  articleUrls: string[],
  root: string,
  config: { rootSelector?: string } = {},
): Promise<{ pages: number; uniqueWords: number }> {
  let uniqueWords = 0;
  try {
    const { index } = check(await pagefind.createIndex({ writePlayground: false, ...config }), 'createIndex');
    if (!index) throw new Error('Pagefind (baseline): createIndex returned no index');
    for (const url of articleUrls) {
      const file = join(dist, url, 'index.html');
      const content = await readFile(file, 'utf8');
      const added = check(await index.addHTMLFile({ url, content }), `addHTMLFile ${file}`);
      uniqueWords += added.file.uniqueWords;
    }
    const outputPath = join(root, 'pagefind');
    check(await index.writeFiles({ outputPath }), `writeFiles ${outputPath}`);
    await Promise.all(UNUSED_UI_FILES.map((f) => rm(join(outputPath, f), { force: true })));
  } finally {
    await pagefind.close();
  }
  await mkdir(join(root, 'search'), { recursive: true });
  await writeFile(join(root, 'search', 'index.html'), SEARCH_PAGE);
  return { pages: articleUrls.length, uniqueWords };
}
