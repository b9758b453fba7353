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

/** nodejieba when a dictionary is already loaded in this process (by the seed reader), else null. */
export const loadedJieba = (): typeof nodejieba | null => (loadedDict === null ? null : nodejieba);

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

/** Keywords of an article; of them at most this many are names of people and at most this many of places. */
export const KEYWORD_COUNT = 8;
const MAX_PERSON_KEYWORDS = 3;
const MAX_PLACE_KEYWORDS = 2;

/**
 * Common Chinese surnames (the most frequent two hundred or so, and the usual two-character ones):
 * a word jieba tags as a person's name (nr) is taken for one only when it opens with a surname, as
 * jieba's nr also tags 柯城区 and 文明.
 */
const SURNAMES = new Set(
  '王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 官 封 谈 匡 鞠 惠 荆 乐 冀 郁 胥 南 班 储 原 栗 燕 楚 鄢 劳 谌 奚 皮 粟 冼 蔺 楼 盘 满 闻 位 厉 伊 仝 区 郜 海 阚 花 权 强 帅 屠 豆 朴 盖 练 廉 禹 井 祖 漆 巴 丰 支 卿 国 狄 平 计 索 宣 晋 相 初 门 云 容 敬 来 扈 晁 芮 都 普 阙 浦 戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 母 裘 亓 修 邰 赫 杭 况 那 宿 鲜 印 逯 隆 茹 诸 战 慕 危 玉 银 亢 嵇 公 哈 湛 宾 戎 勾 茅 利 於 呼 居 揭 干 但 尉 冶 斯 元 束 檀 衣 信 展 阴 昝 智 幸 奉 植 衡 富 尧 闭 由 欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木'.split(' '),
);

/** Endings of names of organs, companies and places, which jieba's nr sometimes takes for a person's name. */
const NOT_PERSON_END = /[区市县镇乡村街路会委局部厅办司队所站院校组团社馆室处科园]$/u;
/** Endings of a place name (省, 市, 县, 区, 镇 …) that a jieba ns word must have to count as one. */
const PLACE_END = /(省|市|县|区|镇|乡|村|街道|社区|岛|湾|港|江|河|湖|山)$/u;

/** Words that open with 各, 全, 本 … are quantified (各乡镇), not names. */
const QUANTIFIED = /^[各全本该每多两诸]/u;

/** Titles printed right before a name: 区长胡益峰, 记者张钢. */
const TITLES = '书记|长|主任|委员|主席|代表|记者|通讯员|老师|院士|同志|经理|董事长|馆长|校长|专家|教授|医生|民警|队员|村民|居民';

/** Endings of 3-character dictionary words jieba tags nr that are not names (高端化, 幸福感, 明白卡). */
const NOT_NAME_END = /[化感卡性率度力量型式品者家杯赛节奖展]$/u;

const TITLE_BEFORE = new RegExp(`(?:${TITLES})$`, 'u');
/** The longest of TITLES, in UTF-16 units: how far before a word a title is looked for. */
const TITLE_MAX_UNITS = Math.max(...TITLES.split('|').map((t) => t.length));
const NAME_ENDS_AFTER = /^(?:[^\p{Script=Han}]|同志|等|说|表示|指出|强调|介绍|$)/u;

/**
 * Whether the text prints `word` right after a title and ending there (书记胡成说, not 主席胡成中). Looked up at each
 * occurrence (a pattern built per word and run over the whole text cost a twentieth of the parse phase).
 */
function besideTitle(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (TITLE_BEFORE.test(text.slice(Math.max(0, at - TITLE_MAX_UNITS), at)) && NAME_ENDS_AFTER.test(text.slice(end, end + 2))) return true;
  }
  return false;
}

/**
 * Whether a word reads as a person's name: Chinese characters only, a common surname and one or
 * two given characters, and either a word jieba's HMM put together (tag `x`: 胡益峰, 郑喜喜 are in
 * no dictionary) or a three-character word its dictionary tags as a name (吴国清) — its
 * two-character nr words are mostly common words (文明, 荣誉, 权威).
 */
function looksLikePerson(word: string, tag: string, text: string): boolean {
  const chars = [...word];
  if (chars.length < 2 || chars.length > 4 || !/^\p{Script=Han}+$/u.test(word) || NOT_PERSON_END.test(word)) return false;
  const surname = chars.length === 4 ? chars.slice(0, 2).join('') : chars[0]!;
  if (!SURNAMES.has(surname)) return false;
  // Two characters the HMM joined are as often a word of the text (来了, 向党) as a name: only beside a title.
  // And the name must end there (胡成 of 董事局主席胡成中 does not).
  if (chars.length === 2) return tag === 'x' && besideTitle(word, text);
  return (tag === 'x' || tag === 'nr') && !NOT_NAME_END.test(word);
}

/** Terms the article itself sets off in quotation marks (“一肩挑”, “双清”): words of the article whatever the dictionary says. */
function quotedTerms(text: string): string[] {
  return [...text.matchAll(/[“「‘]([^“”「」‘’\s]{2,10})[”」’]/gu)].map((m) => m[1]!);
}

/**
 * Whether `word` occurs in `text` at least once outside every longer word of the article that
 * contains it: 肩挑 only inside “一肩挑” is a fragment, not a word of the article.
 */
function standsAlone(word: string, text: string, words: Iterable<string>): boolean {
  const covered: Array<[number, number]> = [];
  for (const longer of words) {
    if (longer.length <= word.length || !longer.includes(word)) continue;
    for (let at = text.indexOf(longer); at >= 0; at = text.indexOf(longer, at + 1)) covered.push([at, at + longer.length]);
  }
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!covered.some(([s, e]) => s <= at && at + word.length <= e)) return true;
  }
  return false;
}

/**
 * The article's keywords, whole words only: each is a word jieba cuts the text into, of two or
 * more characters, and occurs somewhere on its own — not only inside a longer word of the article
 * (a longer word jieba cuts, a term the text puts in quotation marks, a place). Names first: people
 * (jieba's person names that open with a common surname, at most three, in order of appearance),
 * then places the gazetteer does not list (乐清市, 温州市; at most two), then TF-IDF nouns, generic
 * words left out, and no word that only repeats a longer keyword or a place of the article (柳市
 * beside 柳市镇, 麻蓬 beside 麻蓬村). Places of the gazetteer are the article's `places`, shown on their own.
 */
export function keywords(jieba: typeof nodejieba, text: string, count = KEYWORD_COUNT, places: string[] = []): string[] {
  // jieba.tag cuts with the HMM (names in no dictionary, 胡益峰, are words too): its words are the text's tokens, the same
  // as jieba.cut(text, true) gives (checked on 200 corpus seeds), without cutting the text a second time.
  const tagged = jieba.tag(text);
  const tokens = new Set(tagged.map((t) => t.word));
  const longerWords = new Set([...tokens, ...quotedTerms(text), ...places]);
  const tags = new Map(tagged.map((t) => [t.word, t.tag]));
  const whole = (w: string) => [...w].length >= 2 && !/^[\d.]+$/u.test(w) && tokens.has(w) && standsAlone(w, text, longerWords);
  const out: string[] = [];
  const take = (w: string) => {
    if (out.length >= count || out.includes(w) || places.includes(w)) return false;
    const longer = [...out, ...places].find((k) => k !== w && (k.startsWith(w) || w.startsWith(k)));
    if (longer && longer.length >= w.length) return false;
    if (longer) out.splice(out.indexOf(longer), 1); // keep the longer form
    out.push(w);
    return true;
  };

  let people = 0;
  for (const { word, tag } of tagged) {
    if (people < MAX_PERSON_KEYWORDS && looksLikePerson(word, tag, text) && whole(word) && take(word)) people++;
  }
  let placeWords = 0;
  for (const { word, tag } of tagged) {
    if (placeWords < MAX_PLACE_KEYWORDS && tag === 'ns' && PLACE_END.test(word) && !QUANTIFIED.test(word) && [...word].length >= 3 && whole(word) && take(word)) placeWords++;
  }
  for (const { word: w } of jieba.extract(text, count * 5)) {
    if (out.length >= count) break;
    if (GENERIC_WORDS.has(w) || !KEYWORD_TAGS.test(tags.get(w) ?? 'x') || !whole(w)) continue;
    take(w);
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
