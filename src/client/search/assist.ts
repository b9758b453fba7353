/**
 * What the search page adds around a full-text search (issue 21), in a box of its own above the
 * results: a query in 繁体 is searched in 简体 (OpenCC's t→cn, loaded only for a Chinese query) and
 * says so; a date (`2023年3月`, `2023-03`, `2023年3月20日`) offers that month's or day's issues; a
 * query in 拼音 (`huanghua`, `hh`) offers the place and people names it spells; a query that finds
 * nothing offers the nearest names and the archive's words one edit away (`德立西` → 德力西, from
 * /search/words/<length>.json: src/search/vocabulary.ts). Names and issues come from
 * /search/names.json (src/search/names.ts), never from the full-text index, whose results this does
 * not change.
 */
import { nearestWords, shardLengthsFor } from '../../search/vocabulary.ts';
import type { WordShard } from '../../records/vocabulary.ts';
import { hasTraditional, isLatinQuery, issuesOn, namesByPinyin, nearestNames, parseDateQuery, type NameEntry, type NamesFile } from '../../search/names.ts';

const NAMES_URL = '/search/names.json';
let names: Promise<NamesFile> | null = null;
const loadNames = () =>
  (names ??= fetch(NAMES_URL).then((r) => {
    if (!r.ok) throw new Error(`${NAMES_URL}: HTTP ${r.status}`);
    return r.json() as Promise<NamesFile>;
  }));

/** One shard of the archive's words per length, fetched when a query that found nothing needs it. */
const wordShards = new Map<number, Promise<WordShard>>();
const loadWords = (n: number) => {
  let shard = wordShards.get(n);
  if (!shard) {
    const url = `/search/words/${n}.json`;
    shard = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<WordShard>;
    });
    wordShards.set(n, shard);
  }
  return shard;
};

let toSimplified: Promise<(s: string) => string> | null = null;
const loadConverter = () => (toSimplified ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 't', to: 'cn' })));

function node<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, ...children: Array<Node | string>) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The box above the results region, made on first use and emptied for each search. */
function box(region: HTMLElement): HTMLElement {
  let b = document.querySelector<HTMLElement>('[data-search-assist]');
  if (!b) {
    b = node('div', { class: 'search-assist', 'data-search-assist': '' });
    region.before(b);
  }
  return b;
}

const links = (list: Array<{ u: string; t: string }>) => node('ul', { class: 'link-list search-assist-list' }, ...list.map((x) => node('li', {}, node('a', { class: 'standalone-link', href: x.u }, x.t))));
const nameLabel = (e: NameEntry) => `${e.n}（${e.k === '地' ? '地名' : '人名'}，${e.c}篇）`;

/**
 * Before a search: say what the query is taken as, offer issues and names, and return the query to
 * search (the 简体 form of a 繁体 query). Never throws: without names.json or the converter the
 * search runs as typed.
 */
export async function assistQuery(raw: string, region: HTMLElement): Promise<string> {
  const b = box(region);
  b.replaceChildren();
  let q = raw;
  try {
    // The converter (52 kB gzipped) is fetched only for a query with a character it changes.
    if (/\p{Script=Han}/u.test(raw) && hasTraditional(raw, (await loadNames()).traditional)) {
      const simplified = (await loadConverter())(raw);
      if (simplified !== raw) {
        q = simplified;
        b.append(node('p', { 'data-search-assist': 'simplified' }, `已按简体“${simplified}”查找（档案的文字是简体）。`));
      }
    }
    const date = parseDateQuery(raw);
    if (date) {
      const found = issuesOn(date, (await loadNames()).issues);
      b.append(
        found.length
          ? node('div', { 'data-search-assist': 'date' }, node('p', {}, `${date.label}的报纸和公文：`), links(found.map((i) => ({ u: i.u, t: i.t }))))
          : node('p', { 'data-search-assist': 'date' }, `档案中没有${date.label}的报纸。各期可以按日期在`, node('a', { href: '/issues/' }, '往期回顾'), '的日历里查找。'),
      );
    } else if (isLatinQuery(raw)) {
      const found = namesByPinyin(raw, (await loadNames()).names);
      if (found.length) b.append(node('div', { 'data-search-assist': 'pinyin' }, node('p', {}, `按拼音“${raw.trim()}”找到的地名、人名：`), links(found.map((e) => ({ u: e.u, t: nameLabel(e) })))));
    }
  } catch (e) {
    console.warn('search: assistance unavailable', e);
  }
  return q;
}

/**
 * After a search that found nothing: the place and people names nearest to the query, then the
 * archive's nearest words, below the status that says nothing was found (in the results region,
 * as long as it still shows that search's outcome).
 */
export async function offerNearestNames(q: string, region: HTMLElement): Promise<void> {
  if (parseDateQuery(q) || isLatinQuery(q)) return;
  const outcome = region.firstElementChild;
  const append = (e: HTMLElement) => {
    if (outcome && region.contains(outcome)) region.append(e);
  };
  try {
    const found = nearestNames(q, (await loadNames()).names);
    if (found.length) append(node('div', { class: 'search-assist', 'data-search-assist': 'nearest' }, node('p', {}, '是不是要找：'), links(found.map((e) => ({ u: e.u, t: nameLabel(e) })))));
  } catch (e) {
    console.warn('search: no name suggestions', e);
  }
  await offerNearestWords(q, append);
}

/** Words of the articles one character from the query (changed, swapped, missing, extra), as searches to try. */
async function offerNearestWords(q: string, append: (e: HTMLElement) => void): Promise<void> {
  try {
    const lengths = shardLengthsFor(q);
    if (!lengths.length) return;
    const found = nearestWords(q, await Promise.all(lengths.map(loadWords)));
    if (!found.length) return;
    const list = found.map((w) => ({ u: `/search/?q=${encodeURIComponent(w.word)}`, t: `${w.word}（${w.count}篇）` }));
    append(node('div', { class: 'search-assist', 'data-search-assist': 'words' }, node('p', {}, '文章里有只差一个字的词。这只是按字形给的建议，不一定是您要找的：'), links(list)));
  } catch (e) {
    console.warn('search: no word suggestions', e);
  }
}
