/**
 * nodejieba with the gazetteer as its user dictionary, so that 翔金垟村 is one word and 柳市镇 is
 * not split as 柳/市镇. Used at build time for place matching (a name counts only where jieba
 * agrees it is a word) and for each article's keywords. The search index does not depend on it:
 * see docs/search.md for why search uses one token per character.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// nodejieba is a CommonJS native addon.
const nodejieba = require('nodejieba') as {
  load(options: { userDict?: string }): void;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  extract(text: string, topN: number): { word: string; weight: number }[];
};

/** Frequency given to gazetteer names: high enough to win over splitting them. */
const PLACE_WORD_FREQ = 100_000;

let loadedDict: string | null = null;

/**
 * Loads jieba once per process with these words added. nodejieba cannot unload a dictionary, so a
 * second call with other words is refused rather than silently ignored.
 */
export function useJieba(words: string[], cacheDir = 'node_modules/.cache/liushi-archive'): typeof nodejieba {
  const sorted = [...new Set(words)].sort();
  const key = createHash('sha1').update(sorted.join('\n')).digest('hex').slice(0, 12);
  if (loadedDict === key) return nodejieba;
  if (loadedDict !== null) {
    throw new Error('nodejieba is already loaded with another user dictionary in this process');
  }
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `userdict-${key}.utf8`);
  writeFileSync(file, sorted.map((w) => `${w} ${PLACE_WORD_FREQ} ns`).join('\n') + '\n');
  nodejieba.load({ userDict: file });
  loadedDict = key;
  return nodejieba;
}

/**
 * Words that are everywhere in this kind of paper and say nothing about one article
 * (official-report vocabulary); they are never shown as keywords.
 */
export const GENERIC_WORDS = new Set(
  '工作 学习 精神 推进 进行 开展 会议 建设 发展 全面 要求 负责人 相关 重要 加强 推动 提升 实施 坚持 深入 各项 一批 强化 贯彻 落实 部署 全力 持续 切实 进一步 做好 抓好 当前 今年 目标 任务 方面 情况 活动 单位 部门 干部 群众 党委 政府 组织 召开 举行 指出 强调 表示 希望 全体 成员 领导 主要 积极 努力 充分 有效 有序 加快 不断 全镇 全区 全市 我们 他们 各村 村社 工作人员 社区 实地 参观 关系 节点 全体成员 重点 全国 开局 成果 企业 总书记 有机 机制 责任 体系 社会 方法'.split(
    ' ',
  ),
);

/** Part-of-speech tags (jieba's) of words worth showing as keywords: nouns, place and person names, verbal nouns. */
const KEYWORD_TAGS = /^(n|nr|ns|nt|nz|vn|eng)$/u;

/**
 * The article's keywords: TF-IDF over the text, nouns and names only, generic words left out, and
 * no word that only repeats a longer keyword or a place of the article (柳市 beside 柳市镇, 麻蓬 beside 麻蓬村).
 */
export function keywords(jieba: typeof nodejieba, text: string, count = 6, places: string[] = []): string[] {
  const tags = new Map(jieba.tag(text).map((t) => [t.word, t.tag]));
  const out: string[] = [];
  for (const { word: w } of jieba.extract(text, count * 5)) {
    if ([...w].length < 2 || /^[\d.]+$/u.test(w) || GENERIC_WORDS.has(w) || !KEYWORD_TAGS.test(tags.get(w) ?? 'x')) continue;
    if (places.includes(w)) continue; // shown as a place already
    const longer = [...out, ...places].find((k) => k !== w && (k.startsWith(w) || w.startsWith(k)));
    if (longer && longer.length >= w.length) continue;
    if (longer) out.splice(out.indexOf(longer), 1); // keep the longer form
    out.push(w);
    if (out.length === count) break;
  }
  return out;
}

/**
 * What the parser may ask of the gazetteer and jieba (ParseOptions): whether a string is a known
 * place name (彭村村 is a village, not 彭村 with 村 printed twice across a break), and how a text
 * cuts into words (a line that stops inside a word runs on into the next).
 */
export function parserAids(gazetteerNames: string[]): { isKnownWord: (s: string) => boolean; segment: (text: string) => string[] } {
  const names = new Set(gazetteerNames);
  const jieba = useJieba(gazetteerNames);
  return { isKnownWord: (s) => names.has(s), segment: (text) => jieba.cut(text) };
}
