/**
 * Keywords are whole words of the article (never 肩挑 out of “一肩挑”), names first. Runs nodejieba
 * with the seeds' gazetteer as its user dictionary, as the build does (nodejieba holds one user
 * dictionary per process, and unit test files share their worker's process).
 */
import { describe, expect, it } from 'vitest';
import { gazetteerWords, loadGazetteer } from '../../src/places/gazetteer.ts';
import { keywords, useJieba } from '../../src/places/jieba.ts';

const jieba = useJieba(gazetteerWords(loadGazetteer({ editorFile: 'seeds/places.yaml' })));

describe('keywords', () => {
  it('leaves out a word that occurs only inside a longer word of the article', () => {
    const text = '全镇34个村全部实现村书记、主任“一肩挑”。“一肩挑”以后，村里议事更快。书记主任一肩挑，擂台赛比拼乡村振兴，擂台赛现场热烈。';
    const words = keywords(jieba, text, 8, ['柳市镇']);
    expect(words).not.toContain('肩挑');
    expect(words).toContain('擂台赛');
    for (const w of words) expect([...w].length).toBeGreaterThanOrEqual(2);
  });

  it('puts the names of people first, then places the gazetteer does not list', () => {
    const text = '7月24日下午，区委副书记、区长胡益峰主持召开区政府常务会议，传达学习知识产权保护工作精神。会议审议知识产权保护意见，温州市、乐清市有关负责人参加。知识产权保护是重点。';
    const words = keywords(jieba, text, 8);
    expect(words[0]).toBe('胡益峰');
    expect(words.indexOf('温州市')).toBeGreaterThan(0);
    expect(words.indexOf('温州市')).toBeLessThan(words.indexOf('知识产权'));
  });

  it('does not take common words jieba tags as names, nor a name cut short', () => {
    const text = '德力西集团董事局主席胡成中表示，文明创建荣誉来之不易，权威认证推动产业高端化。德力西电气产业集团发展。';
    const words = keywords(jieba, text, 8);
    // They may still be keywords as nouns, but not at the head of the list as names.
    expect(['文明', '荣誉', '权威', '高端化']).not.toContain(words[0]);
    expect(words).not.toContain('胡成');
  });

  it('never shows a place of the article again as a keyword', () => {
    const text = '翔金垟村召开村民代表大会，翔金垟村村民踊跃参加，翔金垟村获评文明村。';
    expect(keywords(jieba, text, 8, ['翔金垟村'])).not.toContain('翔金垟村');
  });
});
