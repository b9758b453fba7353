/**
 * The archive's search index (src/search/format.ts, index-writer.ts, engine.ts) end to end in
 * Node: built from the parsed seeds and from a small synthetic corpus, read back from the files
 * it wrote, and every query's results compared with an independent substring test over the
 * records (tests/support/search-oracle.ts, no code from src/search/). Queries are drawn from the records
 * themselves (places, headlines, random substrings with and without punctuation), never written
 * down here, so the test follows whatever the parser produces.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.ts';
import type { Article } from '../../src/records/schema.ts';
import { searchRecord, type SearchRecord } from '../../src/search/document.ts';
import { runSearch, SearchIndex, VERIFY_MAX, type Hit, type IndexSource } from '../../src/search/engine.ts';
import { ByteReader, ByteWriter, decodeRuns, decodeShard, docGaps, encodeRuns, encodeShard, fieldTokens, FRAGMENT_BUNDLE, issuePageDocs, MANIFEST_FILE, type Manifest } from '../../src/search/format.ts';
import { SearchIndexWriter, writeSearchIndex } from '../../src/search/index-writer.ts';
import { parseQuery, tokenize } from '../../src/search/tokenize.ts';
import { norm, randomSubstrings, Truth } from '../support/search-oracle.ts';
import { writeCorpus } from '../support/corpus/write.ts';

/** The seeds' articles, read once for the file (every test only reads them). */
let seedsRead: Article[] | undefined;
const seedArticles = () => (seedsRead ??= loadArchive(resolve('seeds')).articles);
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Read an index from the folder the writer filled, as the browser would over HTTP. */
function fileSource(dir: string): IndexSource & { requests: string[] } {
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
  const requests: string[] = [];
  const read = (path: string) => {
    requests.push(path);
    return readFileSync(join(dir, manifest.version, path));
  };
  return {
    requests,
    manifest: async () => manifest,
    bytes: async (path) => new Uint8Array(read(path)),
    json: async (path) => JSON.parse(read(path).toString('utf8')),
  };
}

async function built(articles: Article[], bufferBytes?: number) {
  const dir = tempDir('search-index-');
  const summary = writeSearchIndex(articles.map(searchRecord), dir, { bufferBytes });
  const source = fileSource(dir);
  return { summary, source, index: await SearchIndex.open(source) };
}

async function urlsOf(hits: Hit[]): Promise<string[]> {
  return Promise.all(hits.map(async (h) => (await h.data()).url));
}

async function found(index: SearchIndex, query: string, filters = {}): Promise<string[]> {
  const o = await runSearch(index, parseQuery(query), filters);
  return o.kind === 'hits' ? urlsOf(o.hits) : [];
}

/** Queries from the records: places, headlines, people, random substrings (some with punctuation). */
function queriesOf(articles: Article[], random: number, seed: number): string[] {
  const qs = new Set<string>();
  for (const a of articles) {
    for (const p of a.places) qs.add(p);
    qs.add(a.headline.replace(/\s+/gu, ''));
    for (const n of a.byline.reporters) qs.add(n);
  }
  for (const s of randomSubstrings(articles, random, seed)) qs.add(s);
  // Queries a reader cannot find anything for need a letter or digit to search.
  return [...qs].filter((q) => /[\p{L}\p{N}]/u.test(q));
}

describe.each([
  ['the seeds', () => seedArticles(), 300, undefined],
  [
    'a synthetic corpus (lexicon vocabulary)',
    () => {
      const dir = tempDir('search-corpus-');
      writeCorpus({ issues: 3, seed: 11, out: dir });
      return loadArchive(dir).articles;
    },
    300,
    // A buffer far smaller than the index: postings go through many sorted runs and a merge.
    16_384,
  ],
] as const)('search index over %s', (_, load, random, bufferBytes) => {
  const articles = load();
  const truth = new Truth(articles);
  const queries = queriesOf(articles, random, 20230318);
  const ready = built(articles, bufferBytes);

  it('writes through sorted runs when the buffer is small', async () => {
    const { summary } = await ready;
    if (bufferBytes) expect(summary.runs).toBeGreaterThan(3);
    else expect(summary.runs).toBe(1);
  });

  it('finds every article that contains the query, and only those', async () => {
    const { index } = await ready;
    expect(queries.length).toBeGreaterThan(100);
    let punctuated = 0;
    for (const q of queries) {
      if (/[^\p{L}\p{N}]/u.test(q)) punctuated++;
      expect((await found(index, q)).sort(), q).toEqual([...truth.relevant(q)].sort());
    }
    expect(punctuated, 'the sample should hold queries with punctuation inside').toBeGreaterThan(10);
  });

  it('puts headline matches first, and knows them without the text', async () => {
    const { index } = await ready;
    for (const q of queries.slice(0, 80)) {
      const o = await runSearch(index, parseQuery(q));
      if (o.kind !== 'hits') continue;
      const byUrl = new Map(articles.map((a) => [a.url, a]));
      const inHeadline = (await urlsOf(o.hits)).map((u) => norm(byUrl.get(u)!.headline).includes(norm(q)));
      expect(o.hits.map((h) => h.inHeadline), q).toEqual(inHeadline);
      expect(inHeadline, q).toEqual([...inHeadline].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it('sorts by date, newest first, and narrows by place', async () => {
    const { index } = await ready;
    const dateKey = (a: Article) => a.date ?? a.issue.date ?? (a.issue.year ? String(a.issue.year) : '0000');
    const byUrl = new Map(articles.map((a) => [a.url, a]));
    const q = queries.find((x) => truth.relevant(x).size > 3)!;
    const o = await runSearch(index, parseQuery(q), {}, 'date');
    const keys = (await urlsOf(o.kind === 'hits' ? o.hits : [])).map((u) => dateKey(byUrl.get(u)!));
    expect(keys).toEqual([...keys].sort().reverse());
    const place = articles.flatMap((a) => a.places)[0]!;
    const narrowed = await found(index, q, { place });
    expect(narrowed.sort()).toEqual([...truth.relevant(q)].filter((u) => byUrl.get(u)!.places.includes(place)).sort());
  });
});

describe('search index', () => {
  it('names a character that occurs nowhere, and says none when the characters never meet', async () => {
    const articles = seedArticles();
    const { index } = await built(articles);
    const all = articles.flatMap((a) => new Truth([a]).textsOf(a.url)).join('');
    const absent = ['鑫', '龘', '靐'].find((c) => !all.includes(c))!;
    expect(await runSearch(index, parseQuery(`柳市${absent}`))).toEqual({ kind: 'absent', absent: [absent] });
    // Two characters of the archive that never stand next to each other.
    const chars = [...new Set([...all].filter((c) => /\p{Script=Han}/u.test(c)))];
    const pair = chars.flatMap((a) => chars.slice(0, 40).map((b) => a + b)).find((p) => !all.includes(p))!;
    expect(await runSearch(index, parseQuery(pair))).toEqual({ kind: 'none', filtered: false });
  });

  it('loads only the shards a query needs: a document shard for two characters; text or positions for more', async () => {
    const dir = tempDir('search-shards-');
    writeCorpus({ issues: 2, seed: 5, out: dir });
    const articles = loadArchive(dir).articles;
    const truth = new Truth(articles);
    const { index, source, summary } = await built(articles);
    expect(summary.dShards).toBeGreaterThan(1);
    const run = async (q: string) => {
      source.requests.length = 0;
      await runSearch(index, parseQuery(q));
      const kinds = (k: string) => source.requests.filter((p) => p.startsWith(k)).length;
      return { d: kinds('d/'), p: kinds('p/'), f: kinds('f/') };
    };
    // Substrings of the text by how many articles hold them (drawn from the records, not written here).
    const han = articles.flatMap((a) => a.body).join('').match(/\p{Script=Han}{3}/gu)!;
    const common = han.find((s) => truth.relevant(s).size > VERIFY_MAX)!;
    const rare = han.find((s) => truth.relevant(s).size === 1)!;
    expect(await run(common.slice(0, 2))).toEqual({ d: 1, p: 0, f: 0 });
    // Few candidates: checked against their text, no positions.
    const few = await run(rare);
    expect(few.p).toBe(0);
    expect(few.f).toBeGreaterThan(0);
    // Many: positions lined up, no text read (fragments load only when shown).
    const many = await run(common);
    expect(many.p).toBeGreaterThan(0);
    expect(many.f).toBe(0);
  });

  it('cuts text into the same keys with and without the per-character cache', () => {
    const texts = ['柳市镇，２０２３年 GDP增长8.64%', 'café crème', 'ﬁ ㍿ 𠀀字'];
    for (const t of texts) {
      const slow = tokenize(t).map((x) => x.kind);
      expect(fieldTokens(t).map((x) => x.searchable)).toEqual(slow.map((k) => k !== 'punct'));
    }
    expect(fieldTokens('日，柳').map((x) => x.key)).toEqual(['日', ',', '柳']);
  });

  it('writes the same index whatever its buffer: runs merged and shards grouped give the same files', async () => {
    const dir = tempDir('search-buffer-');
    writeCorpus({ issues: 2, seed: 7, out: dir });
    const records = loadArchive(dir).articles.map(searchRecord);
    const big = tempDir('search-big-');
    const small = tempDir('search-small-');
    const one = writeSearchIndex(records, big);
    const many = writeSearchIndex(records, small, { bufferBytes: 262_144 });
    expect(one.runs).toBe(1);
    expect(many.runs).toBeGreaterThan(2);
    expect(many.groups).toBeGreaterThan(2);
    expect(many.version).toBe(one.version);
    const files = (d: string) =>
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(d.length))
        .sort();
    expect(files(small)).toEqual(files(big));
    for (const f of files(big)) expect(readFileSync(join(small, f)).equals(readFileSync(join(big, f))), f).toBe(true);
  });

  it('bundles fragments: a file per FRAGMENT_BUNDLE documents, read back per document', async () => {
    const articles = seedArticles();
    const { index, source } = await built(articles);
    const manifest = await source.manifest();
    expect(manifest.fragmentBundle).toBe(FRAGMENT_BUNDLE);
    const urls = await Promise.all(Array.from({ length: manifest.documents }, async (_, doc) => (await index.fragment(doc)).url));
    expect([...urls].sort()).toEqual(articles.map((a) => a.url).sort());
    expect(new Set(source.requests.filter((p) => p.startsWith('f/'))).size).toBe(Math.ceil(manifest.documents / FRAGMENT_BUNDLE));
  });

  it('refuses documents out of date order', () => {
    const records = seedArticles().map(searchRecord);
    const [a, b] = [...records].sort((x, y) => (x.sortKey < y.sortKey ? 1 : -1));
    const writer = new SearchIndexWriter(tempDir('search-order-'));
    writer.add(a!);
    expect(() => writer.add(b!)).toThrow(/date order/u);
  });

  it('round-trips varints, runs and shards', () => {
    const w = new ByteWriter(1);
    const values = [0, 1, 127, 128, 300, 2 ** 21, 2 ** 31 + 5, 2 ** 32 - 1];
    for (const v of values) w.varint(v);
    const r = new ByteReader(w.result());
    expect(values.map(() => r.varint())).toEqual(values);
    const docs = [0, 1, 2, 5, 9, 10, 11, 40000];
    expect([...decodeRuns(encodeRuns(docs))]).toEqual(docs);
    const shard = encodeShard([
      ['市\u0001镇', new Uint8Array([1, 2])],
      ['柳', new Uint8Array([3])],
    ]);
    expect([...decodeShard(shard)].map(([k, v]) => [k, [...v]])).toEqual([
      ['市\u0001镇', [1, 2]],
      ['柳', [3]],
    ]);
  });
});

describe('issue pages among the results', () => {
  /** A record whose only text is one field: an article's byline, or an issue page's furniture. */
  const record = (sortKey: string, url: string, field: string, issuePage: boolean): SearchRecord => ({
    sortKey,
    url,
    headline: issuePage ? '' : `报道 ${url}`,
    titles: [],
    fields: [field],
    filters: [['publication', '青山新闻']],
    fragment: { url, headline: issuePage ? '青山新闻 期次页' : `报道 ${url}`, kicker: null, subheadline: null, publication: '青山新闻', issueDate: sortKey, ownDate: null, issueUrl: url, fields: [field], ...(issuePage ? { issuePage: true } : {}) },
  });
  const records = [
    record('2023-01-01', '/a/', '记者 林小燕 报道', false),
    record('2023-02-01', '/issue-2/', '本版责任编辑：林小燕', true),
    record('2023-03-01', '/c/', '通讯员 林小燕', false),
    record('2023-04-01', '/issue-4/', '本版责任编辑：林小燕', true),
  ];
  it('lists the articles before the issue pages that match as well, newest first within each', async () => {
    const dir = tempDir('search-pages-');
    writeSearchIndex(records, dir);
    const index = await SearchIndex.open(fileSource(dir));
    expect([...index.issuePages]).toEqual([1, 3]);
    const relevance = await runSearch(index, parseQuery('林小燕'));
    expect(relevance.kind === 'hits' && (await urlsOf(relevance.hits))).toEqual(['/c/', '/a/', '/issue-4/', '/issue-2/']);
    const byDate = await runSearch(index, parseQuery('林小燕'), {}, 'date');
    expect(byDate.kind === 'hits' && (await urlsOf(byDate.hits))).toEqual(['/issue-4/', '/c/', '/issue-2/', '/a/']);
  });
  it('reads an index without the list (written before it) as one of articles only', () => {
    expect([...issuePageDocs({})]).toEqual([]);
    expect([...issuePageDocs({ issuePages: docGaps([2, 5, 6]) })]).toEqual([2, 5, 6]);
  });
});
