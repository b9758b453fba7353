/**
 * The articles' route from the content loader to the pages: a file of the build
 * (src/integrations/build-spill.ts `articles.jsonl`), not the content store. What goes in comes
 * out, in the same order, whole; a file that is not the one the store names is an error, not a
 * shorter archive.
 */
import { rmSync, truncateSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.ts';
import { spillArticles, spilledArticles } from '../../src/integrations/build-spill.ts';
import { checkedArticle, type Article } from '../../src/records/schema.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const articles = loadArchive(resolve('seeds')).articles;
const root = tempDirs('articles-spill-');
const check = checkedArticle;

describe('articles file', () => {
  it('gives back every record, equal and in order', () => {
    const written = spillArticles(root(), articles, check);
    expect(written.articles).toBe(articles.length);
    expect(spilledArticles(written)).toEqual(articles);
  });

  it('reads records across chunk boundaries that fall inside a multi-byte character', () => {
    // Several MiB of Chinese text: the reader's 1 MiB chunks cut lines and characters.
    const many = Array.from({ length: 40 }, (_, copy) => articles.map((a) => ({ ...a, id: `${a.id}-${copy}` }))).flat();
    const written = spillArticles(root(), many, check);
    expect(statSync(written.file).size).toBeGreaterThan(3 << 20);
    const read = spilledArticles(written);
    expect(read.length).toBe(many.length);
    expect(read.map((a) => a.id)).toEqual(many.map((a) => a.id));
    expect(read.at(-1)).toEqual(many.at(-1));
  });

  it('has a digest that changes with any record and only then', () => {
    const first = spillArticles(root(), articles, check);
    const again = spillArticles(root(), articles, check);
    expect(again.digest).toBe(first.digest);
    const edited = articles.map((a, i) => (i === articles.length - 1 ? { ...a, body: [...a.body, '补一段'] } : a));
    expect(spillArticles(root(), edited, check).digest).not.toBe(first.digest);
  });

  it('leaves out a record the check rejects, and stops the build when the check throws', () => {
    const kept = spillArticles(root(), articles, (a) => (a.id === articles[0]!.id ? null : a));
    expect(kept.articles).toBe(articles.length - 1);
    expect(spilledArticles(kept).some((a) => a.id === articles[0]!.id)).toBe(false);
    const broken: Article = { ...articles[0]!, order: 0 };
    expect(() => spillArticles(root(), [broken], check)).toThrow(new RegExp(`文章 ${broken.id}（稿件 ${broken.seed}）的记录不合数据约定：order`));
  });

  it('refuses a file cut short or gone, in Chinese', () => {
    const written = spillArticles(root(), articles, check);
    truncateSync(written.file, Math.floor(statSync(written.file).size / 2));
    expect(() => spilledArticles(written)).toThrow(/文章记录文件.*(读不了|应有)/);
    rmSync(written.file);
    expect(() => spilledArticles(written)).toThrow(/文章记录文件不在了/);
  });
});
