/**
 * A real Chinese lexicon for the synthetic corpus: jieba's dictionary (the one nodejieba ships,
 * cppjieba's `jieba.dict.utf8`: 349,000 words, each with a corpus frequency and a part-of-speech
 * tag), and person names built from the people named in it.
 *
 * - Words are drawn by their frequency within a part of speech (a noun for a noun), so common
 *   words come back often and rare ones keep appearing as the archive grows, as in real text
 *   (Heaps' law). Only words of Han characters, one to four long.
 * - Surnames: the single-character surnames of 百家姓, each weighted by how many three-character
 *   person names (tag nr) in the dictionary carry it (王 1,786, 李 1,388, 张 1,266 …): the people
 *   of the dictionary's source corpora, not a census, but a real distribution with the familiar
 *   head (王 李 张 陈 刘 杨 黄).
 * - Given names: one or two characters, each drawn by how often it stands in the given names of
 *   those same entries; two-character given names as often as among them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The single-character surnames of 百家姓, in its order (compound surnames left out). */
export const BAIJIAXING =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公';

/** Draws items by weight: cumulative weights and a binary search (the dictionary is too big for a table per draw). */
export class Sampler<T> {
  readonly items: T[];
  private readonly cumulative: Float64Array;
  readonly total: number;
  constructor(entries: Array<[T, number]>) {
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, w], i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }
  get size(): number {
    return this.items.length;
  }
  /** The item at `u` (0 ≤ u < 1) of the cumulative weight. */
  draw(u: number): T {
    const target = u * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

export interface Lexicon {
  /** Words by jieba part-of-speech tag, weighted by frequency. */
  byTag: Map<string, Sampler<string>>;
  surnames: Sampler<string>;
  givenChars: Sampler<string>;
  /** Share of two-character given names (三字名) among the dictionary's names. */
  twoCharGiven: number;
  /** Words in the dictionary that were kept (Han, 1–4 characters). */
  words: number;
}

const HAN_WORD = /^\p{Script=Han}{1,4}$/u;
const HAN_NAME = /^\p{Script=Han}{2,3}$/u;

/** cppjieba's main dictionary inside the installed nodejieba. */
export function jiebaDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
}

let cached: Lexicon | null = null;

export function readLexicon(file = jiebaDictionaryPath()): Lexicon {
  if (cached && file === jiebaDictionaryPath()) return cached;
  const byTag = new Map<string, Array<[string, number]>>();
  const surnameSet = new Set(BAIJIAXING);
  const surnameCount = new Map<string, number>();
  const givenCount = new Map<string, number>();
  let names = 0;
  let twoChar = 0;
  let words = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, freqText, tag] = line.split(' ');
    if (!word || !tag) continue;
    const freq = Number(freqText);
    if (!(freq > 0)) continue;
    if (tag === 'nr' && HAN_NAME.test(word) && surnameSet.has(word[0]!)) {
      const chars = [...word];
      surnameCount.set(chars[0]!, (surnameCount.get(chars[0]!) ?? 0) + 1);
      for (const c of chars.slice(1)) givenCount.set(c, (givenCount.get(c) ?? 0) + 1);
      names++;
      if (chars.length === 3) twoChar++;
    }
    if (!HAN_WORD.test(word)) continue;
    (byTag.get(tag) ?? byTag.set(tag, []).get(tag)!).push([word, freq]);
    words++;
  }
  const lexicon: Lexicon = {
    byTag: new Map([...byTag].map(([tag, entries]) => [tag, new Sampler(entries)])),
    surnames: new Sampler([...surnameCount]),
    givenChars: new Sampler([...givenCount]),
    twoCharGiven: names ? twoChar / names : 0.8,
    words,
  };
  if (file === jiebaDictionaryPath()) cached = lexicon;
  return lexicon;
}

/** A person name: surname and one or two given-name characters (`next` gives uniform numbers in [0, 1)). */
export function personName(lex: Lexicon, next: () => number): string {
  const given = next() < lex.twoCharGiven ? 2 : 1;
  let name = lex.surnames.draw(next());
  for (let i = 0; i < given; i++) name += lex.givenChars.draw(next());
  return name;
}
