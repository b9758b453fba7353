/**
 * The search page in the browser: reads `?q=` (and the optional filters `?pub=`, `?year=`,
 * `?place=`, and `?sort=date`), opens the archive's search index (`/search/idx/manifest.json`,
 * format.ts), runs the exact-substring search (engine.ts) and renders the results into the
 * `aria-live` region. Submitting the form, or changing a filter or the order, updates the address
 * (so a search can be linked and bookmarked) without reloading the page. When nothing is found, place names that share
 * characters with the query are suggested (from the place filter's options: the build's list).
 *
 * Page contract (search.astro): form#search-form with input[name=q], select[name=pub],
 * select[name=year], select[name=place] (options rendered by the build, each with data-town and
 * data-count), select[name=sort]; #search-results with aria-live="polite" and aria-busy="true"
 * until done.
 */
import { assistQuery, offerNearestNames } from './assist.ts';
import { compareHits, runSearch, SearchIndex, suggestPlaces, verifyFragment, type Filters, type Hit, type IndexSource, type PlaceName, type SortOrder } from '../../search/engine.ts';
import { excerptWithParagraph, markParts, type Part } from '../../search/excerpt.ts';
import { INDEX_DIR, MANIFEST_FILE, type Fragment, type Manifest } from '../../search/format.ts';
import { containsQuery, parseQuery, type ParsedQuery } from '../../search/tokenize.ts';
import { capMessage, capQuery } from '../../search/query-cap.ts';
import { placeUrl } from '../../read-model/places.ts';
import { absentNoun, yearCounts } from '../../search/years.ts';

const PAGE_SIZE = 20;
/** URL parameter → filter name of the index (document.ts). */
const FILTER_PARAMS = { pub: 'publication', year: 'year', place: 'place' } as const;

interface State {
  q: string;
  filters: Filters;
  sort: SortOrder;
  /** Set when `q` was cut to the cap: how many characters it had. */
  cutFrom?: number;
}

/** The state with its query cut to the cap (query-cap.ts). */
function capped(s: State): State {
  const c = capQuery(s.q);
  return c.cut ? { ...s, q: c.q, cutFrom: c.length } : s;
}

const readSort = (v: unknown): SortOrder => (v === 'date' ? 'date' : 'relevance');

function readState(): State {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const [param, key] of Object.entries(FILTER_PARAMS)) {
    const v = params.get(param);
    if (v) filters[key] = v;
  }
  return capped({ q: (params.get('q') ?? '').trim(), filters, sort: readSort(params.get('sort')) });
}

function stateUrl(s: State): string {
  const params = new URLSearchParams();
  if (s.q) params.set('q', s.q);
  for (const [param, key] of Object.entries(FILTER_PARAMS)) if (s.filters[key]) params.set(param, s.filters[key]!);
  if (s.sort === 'date') params.set('sort', 'date');
  const qs = params.toString();
  return `${location.pathname}${qs ? `?${qs}` : ''}`;
}

/** Address of a search for `q` alone (no filters, relevance order). */
const searchUrl = (q: string) => stateUrl({ q, filters: {}, sort: 'relevance' });

let indexPromise: Promise<SearchIndex> | null = null;

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/**
 * The index of this site: the manifest (preloaded by the page; it names this build's folder), then
 * the files of that version. `fresh` skips the browser's cache, for when a cached manifest named a
 * folder a newer build has replaced.
 */
function loadIndex(fresh = false): Promise<SearchIndex> {
  if (fresh) indexPromise = null;
  indexPromise ??= (async () => {
    const base = `${import.meta.env.BASE_URL}${INDEX_DIR}/`;
    const manifest = (await (await fetchOk(`${base}${MANIFEST_FILE}`, fresh ? { cache: 'reload' } : undefined)).json()) as Manifest;
    const dir = `${base}${manifest.version}/`;
    const source: IndexSource = {
      manifest: async () => manifest,
      bytes: async (path) => new Uint8Array(await (await fetchOk(dir + path)).arrayBuffer()),
      json: async (path) => (await fetchOk(dir + path)).json(),
    };
    return SearchIndex.open(source);
  })();
  // A failure (offline, an index being replaced) is not kept: the next search tries again.
  indexPromise.catch(() => (indexPromise = null));
  return indexPromise;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function partsToNodes(parts: Part[]): Node[] {
  return parts.map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text)));
}

/** A result's publication and dates, labelled as on the article page (the index carries them as every page shows them). */
function resultDates(f: Fragment): string {
  return [f.publication, `出版日期 ${f.issueDate || '日期不详'}`, f.ownDate, f.issuePage ? '期次页上不属于任何文章的文字' : null].filter(Boolean).join(' · ');
}

const quoted = (items: string[]) => items.map((s) => `“${s}”`).join('');

/**
 * The one rule for punctuation in a query (the page's help text and docs/search.md say the same):
 * a word with punctuation inside (`稳”和“进`, `柳市，文明`) is searched first as exact text, as
 * typed; when that finds nothing, the pieces between its punctuation are searched as separate
 * words, and a line says so (separatedWords, separatedNote).
 */
const isExact = (q: ParsedQuery) => q.strict !== null;

/** What was searched, named as it was searched: the exact text (`原文“稳”和“进”`) or the words (`“柳市”“文明”`). */
function searchedText(q: ParsedQuery): string {
  return isExact(q) ? `原文“${q.raw}”` : quoted(q.display);
}

/** The same query with its punctuation as separators: every piece a word of its own. */
function separatedWords(q: ParsedQuery): ParsedQuery {
  return { ...q, strict: null };
}

/** The line above results found by separatedWords: the exact text was not found. */
function separatedNote(q: ParsedQuery): HTMLElement {
  return el('p', { class: 'search-note', 'data-search-note': 'separated' }, `没有找到与原文“${q.raw}”完全一致的文字；下面是把标点两边的词分开查找、同时包含${quoted(q.display)}的文章。`);
}

/** Which text search reads (src/search/document.ts): said wherever the archive is said not to hold something. */
export const SEARCHED_FIELDS = '文章的标题、正文、作者和图片说明，以及期次页上的刊头题字、投稿信箱等版面文字';

function withQuery(url: string, q: string): string {
  const u = new URL(url, location.origin);
  u.searchParams.set('q', q);
  return u.origin === location.origin ? `${u.pathname}${u.search}${u.hash}` : u.toString();
}

/** What the engine answers a query with. */
type SearchOutcome = Awaited<ReturnType<typeof runSearch>>;

/** Load a hit's fragment and render it; null when the page does not really contain the query. */
async function renderHit(hit: Hit, q: ParsedQuery): Promise<{ hit: Hit; item: HTMLElement; page: boolean } | null> {
  const fragment = await hit.data();
  if (!verifyFragment(fragment, q)) {
    console.warn(`search: ${fragment.url} was returned for “${q.raw}” but does not contain it; not shown`);
    return null;
  }
  const { headline, fields } = fragment;
  // Now that the text is here, settle whether the headline holds the query (an issue page's only names the page: not searched).
  hit.inHeadline = !fragment.issuePage && containsQuery(headline, q);
  const href = withQuery(fragment.url, q.raw);
  const details = resultDates(fragment);
  const kicker = fragment.kicker ?? '';
  const sub = fragment.subheadline ?? '';
  // Kicker and subheadline are shown on their own lines; the excerpt comes from the other fields.
  const excerptFields = fields;
  const item = el(
    'li',
    { 'data-search-result': '', 'data-in-headline': String(hit.inHeadline) },
    ...(kicker ? [el('p', { class: 'search-kicker' }, ...partsToNodes(markParts(kicker, q)))] : []),
    el('h2', {}, el('a', { href }, ...(fragment.issuePage ? [headline] : partsToNodes(markParts(headline, q))))),
    ...(sub ? [el('p', { class: 'search-sub' }, ...partsToNodes(markParts(sub, q)))] : []),
    el('p', { class: 'search-meta' }, details),
    el('p', { class: 'search-excerpt' }, ...partsToNodes(excerptWithParagraph(excerptFields, q))),
  );
  return { hit, item, page: !!fragment.issuePage };
}

class SearchPage {
  form: HTMLFormElement;
  input: HTMLInputElement;
  region: HTMLElement;
  generation = 0;
  /** Move focus to the outcome (the result count) when it is shown: after a search the reader asked for, not after a filter change. */
  focusOutcome = false;

  constructor() {
    this.form = document.getElementById('search-form') as HTMLFormElement;
    this.input = this.form.querySelector('input[name="q"]') as HTMLInputElement;
    this.region = document.getElementById('search-results') as HTMLElement;
    // Filters and order need this script; without it they stay hidden (the search does too).
    this.form.querySelectorAll<HTMLElement>('.search-options[hidden]').forEach((f) => f.removeAttribute('hidden'));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.focusOutcome = true;
      this.go(this.formState(), 'push');
    });
    // A filter or the order applies at once (same query, refined: the address is replaced, not added to).
    for (const select of this.form.querySelectorAll('select')) {
      select.addEventListener('change', () => this.go(this.formState(), 'replace'));
    }
    // Links to other searches (suggestions, "search everywhere") run here, without reloading the page.
    this.region.addEventListener('click', (e) => {
      const link = (e.target as Element | null)?.closest?.('a[data-search-link]') as HTMLAnchorElement | null;
      if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      history.pushState(null, '', link.getAttribute('href')!);
      this.focusOutcome = true;
      void this.run(readState());
    });
    window.addEventListener('popstate', () => void this.run(readState()));
  }

  formState(): State {
    const data = new FormData(this.form);
    const filters: Filters = {};
    for (const [param, key] of Object.entries(FILTER_PARAMS)) {
      const v = String(data.get(param) ?? '');
      if (v) filters[key] = v;
    }
    return capped({ q: String(data.get('q') ?? '').trim(), filters, sort: readSort(data.get('sort')) });
  }

  go(state: State, how: 'push' | 'replace') {
    const url = stateUrl(state);
    if (url !== `${location.pathname}${location.search}`) {
      if (how === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void this.run(state);
  }

  /** Place names the build listed (the place filter's options), for suggestions. */
  placeNames(): PlaceName[] {
    const options = this.form.querySelectorAll<HTMLOptionElement>('select[name="place"] option[data-count]');
    return [...options].map((o) => ({ name: o.value, town: o.dataset['town'] || null, count: Number(o.dataset['count']) || 0 }));
  }

  fill(state: State) {
    this.input.value = state.q;
    for (const [param, key] of Object.entries(FILTER_PARAMS)) {
      const select = this.form.querySelector(`select[name="${param}"]`) as HTMLSelectElement | null;
      if (!select) continue;
      const v = state.filters[key] ?? '';
      // A bookmarked place that is no longer in the list still shows what is applied.
      if (param === 'place' && v && ![...select.options].some((o) => o.value === v)) select.append(el('option', { value: v }, v));
      select.value = v;
    }
    const sort = this.form.querySelector('select[name="sort"]') as HTMLSelectElement | null;
    if (sort) sort.value = state.sort === 'date' ? 'date' : '';
    // The options stay folded away until used; what is applied is shown on the fold's summary.
    const options = this.form.querySelector('details.search-options') as HTMLDetailsElement | null;
    const applied = [
      ...Object.entries(state.filters)
        .filter(([, v]) => v)
        .map(([k, v]) => (k === 'year' ? `${v}年` : v)),
      ...(state.sort === 'date' ? ['新的在前'] : []),
    ];
    if (options) {
      if (applied.length) options.open = true;
      const current = options.querySelector('.search-options-current');
      if (current) current.textContent = applied.length ? `（已选：${applied.join('、')}）` : '';
    }
    // The site name as the layout printed it (seeds/site.yaml), so the title follows the setting.
    const siteName = document.querySelector('.site-name')?.textContent?.trim() ?? '';
    document.title = [state.q ? `搜索：${state.q}` : '搜索', siteName].filter(Boolean).join(' · ');
  }

  /** “您要找的是不是”: place names close to the query, each a search link and a link to its page. */
  suggestions(q: string): HTMLElement[] {
    const found = suggestPlaces(q, this.placeNames());
    if (!found.length) return [];
    return [
      el(
        'div',
        { class: 'search-suggest', 'data-search-suggestions': '' },
        el('p', {}, '地名表里有写法相近的地名，您要找的是不是：'),
        el(
          'ul',
          { class: 'suggest-list' },
          ...found.map((p) =>
            el(
              'li',
              {},
              el('a', { href: searchUrl(p.name), 'data-search-link': '', 'data-suggestion': p.name }, `搜索“${p.name}”`),
              el('span', { class: 'suggest-meta' }, [p.town, `${p.count}篇文章`].filter(Boolean).join(' · ')),
              el('a', { href: placeUrl(p.name), class: 'suggest-place' }, `${p.name}的地名页`),
            ),
          ),
        ),
      ),
    ];
  }

  /** For a search narrowed by filters: the same query over the whole archive. */
  widen(state: State): HTMLElement[] {
    if (!Object.values(state.filters).some(Boolean)) return [];
    return [el('p', {}, el('a', { href: stateUrl({ ...state, filters: {} }), 'data-search-link': '' }, `在全部文章中查找“${state.q}”`))];
  }

  /** Replace the region's content and mark it done. */
  show(...nodes: Node[]) {
    this.region.replaceChildren(...nodes);
    this.region.setAttribute('aria-busy', 'false');
    if (this.focusOutcome) this.focusStatus();
  }

  /**
   * Focus the outcome line (找到 N 篇…, or why nothing was found), so a screen reader reads it and
   * the first result is one Tab away; the year strip and place link sit above it.
   */
  focusStatus() {
    this.focusOutcome = false;
    const status = this.region.querySelector<HTMLElement>('[data-search-status]');
    if (!status) return;
    status.tabIndex = -1;
    status.focus();
  }

  /** A query that is a place's name (or its short form, 翔金垟 for 翔金垟村): a link to the place's page, above the results. */
  placeLink(q: string): HTMLElement[] {
    const names = this.placeNames();
    const short = (name: string) => name.replace(/(村|社区)$/u, '');
    const place = names.find((p) => p.name === q) ?? (names.filter((p) => short(p.name) === q).length === 1 ? names.find((p) => short(p.name) === q) : undefined);
    if (!place) return [];
    return [
      el(
        'p',
        { class: 'search-place', 'data-search-place': place.name },
        el('a', { href: placeUrl(place.name) }, `${place.name}的地名页`),
        `：${[place.town, `${place.count}篇文章提到`].filter(Boolean).join('，')}`,
      ),
    ];
  }

  /** Years the build listed (the year filter's options), newest first. */
  yearOptions(): string[] {
    return [...this.form.querySelectorAll<HTMLOptionElement>('select[name="year"] option')].map((o) => o.value).filter(Boolean);
  }

  /**
   * The year strip's place above the result count, shown with the results (its height reserved),
   * or null when there is nothing to compare (one year in the archive). `fillYearStrip` draws it
   * once the counts are in: they need the years' document lists, fetched only after the results
   * are on screen.
   */
  yearStripBox(): HTMLElement | null {
    if (this.yearOptions().length < 2) return null;
    return el(
      'nav',
      { class: 'year-strip', 'aria-label': '按年份的结果数', 'data-year-strip': 'pending' },
      el('p', { class: 'year-strip-title' }, '正在统计各年的结果……'),
    );
  }

  /**
   * The year strip: a bar per year with results, its height the year's count, each a link to the
   * same search in that year (the chosen year marked). Drawn here, no chart library.
   */
  async fillYearStrip(box: HTMLElement, index: SearchIndex, q: ParsedQuery, state: State, total: number, stale: () => boolean): Promise<void> {
    let counts: Map<string, number> | null;
    try {
      counts = await yearCounts(index, q, state.filters, this.yearOptions());
    } catch (e) {
      console.warn('search: no year strip', e);
      counts = null;
    }
    if (stale()) return;
    if (!counts || counts.size === 0) {
      box.remove();
      return;
    }
    const max = Math.max(...counts.values());
    const shown = this.yearOptions().filter((y) => counts.has(y)).reverse(); // oldest first, as a time line reads
    const list = el('ul', { class: 'year-strip-list' });
    for (const year of shown) {
      const n = counts.get(year)!;
      const bar = el('span', { class: 'year-bar', 'aria-hidden': 'true' });
      // A style property set from script (not an inline style attribute): allowed by the page's CSP.
      bar.style.setProperty('--share', String(n / max));
      const current = state.filters['year'] === year;
      list.append(
        el(
          'li',
          {},
          el(
            'a',
            { href: stateUrl({ ...state, filters: { ...state.filters, year } }), 'data-search-link': '', 'data-year': year, ...(current ? { 'aria-current': 'true' } : {}) },
            el('span', { class: 'year-count' }, String(n)),
            bar,
            el('span', { class: 'year-label' }, year),
            el('span', { class: 'visually-hidden' }, `年：${n}篇`),
          ),
        ),
      );
    }
    const counted = [...counts.values()].reduce((a, b) => a + b, 0);
    const undated = !state.filters['year'] && total > counted ? total - counted : 0;
    box.setAttribute('data-year-strip', 'done');
    box.replaceChildren(
      el('p', { class: 'year-strip-title' }, state.filters['year'] ? '各年的结果（点年份换一年）：' : '各年的结果（点年份只看那一年）：'),
      el('div', { class: 'year-strip-scroll' }, list),
      ...(undated ? [el('p', { class: 'year-strip-note' }, `另有${undated}篇年份不详。`)] : []),
    );
  }

  /** The build writes every filter's options (src/pages/search.astro); they are shown once the script runs. */
  showFilters() {
    for (const param of Object.keys(FILTER_PARAMS)) this.form.querySelector(`select[name="${param}"]`)?.closest('[hidden]')?.removeAttribute('hidden');
  }

  /** Says that the query was cut (query-cap.ts), above the results; keeps the address short. */
  noteCut(state: State) {
    let note = document.getElementById('search-cut');
    if (state.cutFrom === undefined) {
      note?.remove();
      return;
    }
    if (!note) this.region.before((note = el('p', { id: 'search-cut', class: 'search-note', role: 'status' })));
    note.textContent = capMessage(state.cutFrom);
    const url = stateUrl(state);
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  }

  async run(state: State) {
    const generation = ++this.generation;
    const stale = () => generation !== this.generation;
    this.noteCut(state);
    this.fill(state);
    this.region.setAttribute('aria-busy', 'true');
    const q = parseQuery(await assistQuery(state.q, this.region));
    if (stale()) return;
    const index = await this.openIndex(stale);
    if (!index) return;
    this.showFilters();
    if (!q.segments.length) {
      if (!stale()) this.showEmptyQuery(state);
      return;
    }
    const found = await this.search(index, q, state);
    if (stale()) return;
    if (!found) {
      this.show(el('p', { 'data-search-status': 'error' }, '搜索出错，请稍后重试。'));
      return;
    }
    const { outcome, searched } = found;
    const scope = Object.entries(state.filters)
      .filter(([, v]) => v)
      .map(([k, v]) => (k === 'year' ? `${v}年` : k === 'place' ? `地名：${v}` : v))
      .join(' · ');
    const what = searchedText(searched) + (scope ? `（${scope}）` : '');
    if (outcome.kind === 'hits') {
      const note = searched !== q ? [separatedNote(q)] : [];
      await this.showHits({ state, index: found.index, searched, hits: outcome.hits, what, note, stale });
      return;
    }
    if (outcome.kind === 'absent') {
      this.show(...absentMessage(outcome.absent, q, what), ...this.suggestions(state.q));
    } else {
      const filtered = outcome.kind === 'none' && outcome.filtered;
      this.show(
        el('p', { 'data-search-status': 'none' }, filtered ? `在所选范围内没有包含${what}的文章。` : `没有找到包含${what}的文章。`),
        ...(filtered ? this.widen(state) : []),
        ...this.suggestions(state.q),
      );
    }
    void offerNearestNames(state.q, this.region);
  }

  /** The index, or null once the page says it could not be loaded (and how to get it locally). */
  private async openIndex(stale: () => boolean): Promise<SearchIndex | null> {
    try {
      return await loadIndex();
    } catch (e) {
      console.error(`search: cannot open the search index (/${INDEX_DIR}/)`, e);
      if (stale()) return null;
      this.show(
        el(
          'p',
          { 'data-search-status': 'unavailable' },
          `搜索索引（/${INDEX_DIR}/）加载失败：网络中断时请稍后重试；网站刚更新过时请刷新本页。索引在构建网站时生成，开发服务器（npm run dev）里没有，要在本机使用搜索，请先运行 `,
          el('code', {}, 'npm run build'),
          '，再运行 ',
          el('code', {}, 'npm run preview'),
          '，然后打开预览地址下的 /search/ 页面。',
        ),
      );
      return null;
    }
  }

  /** A query with nothing searchable in it: what to type, or the place's own page when one is chosen. */
  private showEmptyQuery(state: State) {
    const place = state.filters['place'];
    this.show(
      el('p', { 'data-search-status': 'empty' }, state.q ? '请输入文字或数字进行搜索（标点会被忽略）。' : '输入要查找的字词，例如村名、人名或标题中的词语。'),
      ...(place ? [el('p', {}, '要看提到', el('a', { href: placeUrl(place) }, place), '的全部文章，请打开它的地名页。')] : []),
    );
  }

  /**
   * Runs the query, applying the punctuation rule (exact text first; nothing found, the words
   * separately); null when the search failed. The index returned is the one searched (read again
   * once when a cached manifest named the files of an earlier build).
   */
  private async search(index: SearchIndex, q: ParsedQuery, state: State): Promise<{ outcome: SearchOutcome; searched: ParsedQuery; index: SearchIndex } | null> {
    try {
      let outcome: SearchOutcome;
      try {
        outcome = await runSearch(index, q, state.filters, state.sort);
      } catch (e) {
        console.warn('search: retrying with a fresh copy of the index manifest', e);
        index = await loadIndex(true);
        outcome = await runSearch(index, q, state.filters, state.sort);
      }
      if (outcome.kind === 'none' && isExact(q)) {
        const words = await runSearch(index, separatedWords(q), state.filters, state.sort);
        if (words.kind === 'hits') return { outcome: words, searched: separatedWords(q), index };
      }
      return { outcome, searched: q, index };
    } catch (e) {
      console.error('search: failed', e);
      return null;
    }
  }

  /** The results: the count, a page of hits at a time (显示更多), and the year strip. */
  private async showHits(r: { state: State; index: SearchIndex; searched: ParsedQuery; hits: Hit[]; what: string; note: HTMLElement[]; stale: () => boolean }) {
    const { state, hits, what, stale } = r;
    const order = state.sort === 'date' ? '，按日期排列，新的在前' : '';
    // Results are articles and issue pages (their 刊头题字, 投稿信箱 …); which is which is known once a result is loaded.
    let pagesShown = 0;
    const countText = (n: number) =>
      shown < hits.length
        ? `找到${n}处包含${what}的文章或期次页${order}`
        : pagesShown === 0
          ? `找到${n}篇包含${what}的文章${order}`
          : `找到${n - pagesShown > 0 ? `${n - pagesShown}篇包含${what}的文章和` : `包含${what}的`}${pagesShown}个期次页${order}`;
    const status = el('p', { 'data-search-status': 'results', 'data-count': String(hits.length), 'data-sort': state.sort }, '');
    const list = el('ol', { class: 'search-results' });
    const more = el('button', { type: 'button', class: 'search-more' }, '显示更多');
    let shown = 0;
    let dropped = 0;
    const renderMore = async () => {
      const slice = hits.slice(shown, shown + PAGE_SIZE);
      shown += slice.length;
      const rendered = await Promise.all(slice.map((h) => renderHit(h, r.searched)));
      if (stale()) return;
      dropped += rendered.filter((x) => !x).length;
      const shownNow = rendered.filter((x) => x !== null);
      pagesShown += shownNow.filter((x) => x.page).length;
      shownNow.sort((a, b) => compareHits(state.sort)(a.hit, b.hit));
      for (const { item } of shownNow) list.append(item);
      status.textContent = countText(hits.length - dropped);
      status.setAttribute('data-count', String(hits.length - dropped));
      more.hidden = shown >= hits.length;
    };
    more.addEventListener('click', async () => {
      this.region.setAttribute('aria-busy', 'true');
      try {
        await renderMore();
      } finally {
        this.region.setAttribute('aria-busy', 'false');
      }
    });
    try {
      await renderMore();
    } catch (e) {
      console.error('search: cannot load results', e);
      if (stale()) return;
      this.show(el('p', { 'data-search-status': 'error' }, '搜索结果加载出错，请稍后重试。'));
      return;
    }
    if (stale()) return;
    const strip = this.yearStripBox();
    this.show(...this.placeLink(state.q), ...(strip ? [strip] : []), ...r.note, status, list, ...(hits.length > PAGE_SIZE ? [more] : []));
    if (strip) void this.fillYearStrip(strip, r.index, r.searched, state, hits.length, stale);
  }
}

/**
 * Why nothing was found when some characters occur nowhere in the archive, in the words that fit
 * them: 字 for Chinese characters, 字母 for Latin letters (a query in pinyin, `wenming`, is told
 * the articles are in Chinese), 数字 for digits.
 */
function absentMessage(absent: string[], q: ParsedQuery, what: string): HTMLElement[] {
  const noun = absentNoun(absent);
  const single = absent.every((t) => [...t].length === 1);
  const only = absent.join('') === q.terms.join('') && q.segments.length === 1;
  const named = noun === '字' ? `${quoted(absent)}${single ? '字' : ''}` : `${noun}${quoted(absent)}`;
  // Said of everything a reader can read: articles and the issue pages' own text (刊头题字, 投稿信箱, notices) are all searched.
  const message = `${SEARCHED_FIELDS}中都没有${named}` + (only ? '。' : `，所以没有包含${what}的文章。`);
  const latinOnly = /^[A-Za-z\s]+$/u.test(q.raw);
  return [
    el('p', { 'data-search-status': 'absent' }, message),
    ...(latinOnly ? [el('p', { 'data-search-hint': 'latin' }, '档案里的文章是中文，拼音查不到；请输入汉字，例如村名、人名。')] : []),
  ];
}

/** Start the search page (called once by search.astro). */
export function startSearchPage(): void {
  const page = new SearchPage();
  const state = readState();
  // Arriving with a query (from another page's search box) is a search: its outcome gets focus too.
  page.focusOutcome = state.q !== '';
  void page.run(state);
}
