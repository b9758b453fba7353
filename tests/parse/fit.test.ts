/**
 * The grammar's weight table (src/parse/weights.ts) and its fit (src/score/fit.ts): the table names
 * every rule, the grammar uses its weights, the fit is deterministic and the table is what
 * `npm run fit:grammar` writes for this corpus (re-fit after changing a rule or the corpus).
 */
import { describe, expect, it } from 'vitest';
import { FEATURE_RULES, HAND_WEIGHTS, ROLE_RULES, ruleKey } from '../../src/parse/grammar.ts';
import { FITTED_ADOPTED, RULE_WEIGHTS } from '../../src/parse/weights.ts';
import { readCorpus } from '../../src/score/evaluate.ts';
import { fitWeights, goldRoles } from '../../src/score/fit.ts';
import { fitAndCompare } from '../../src/score/lofo.ts';
import type { Key } from '../../src/score/key.ts';
import type { Piece } from '../../src/parse/classify.ts';

describe('the weight table', () => {
  const rules = [...ROLE_RULES, ...FEATURE_RULES];

  it('names every rule of the grammar, and no rule that is gone', () => {
    expect(Object.keys(RULE_WEIGHTS).sort()).toEqual(rules.map(ruleKey).sort());
  });

  it('is what the grammar uses, with each rule’s hand weight beside it', () => {
    for (const r of rules) {
      const row = RULE_WEIGHTS[ruleKey(r)]!;
      expect(r.weight).toBe(FITTED_ADOPTED && row.fitted !== null ? row.fitted : row.hand);
      expect(HAND_WEIGHTS.get(r)).toBe(row.hand);
    }
  });
});

describe('gold roles from a key', () => {
  const piece = (text: string, over: Partial<Piece> = {}): Piece => ({ text, length: [...text.replace(/\s/gu, '')].length, headingLike: true, verse: false, kind: null, ...over }) as Piece;
  const key = { articles: [{ headline: '柳市镇召开学习会', kicker: null, column: '镇村动态', captions: [{ text: '会议现场。' }] }], furniture: ['迎亚运 讲文明'] } as unknown as Key;

  it('reads stack, column, caption and furniture off the key, and leaves forced pieces alone', () => {
    const pieces = [piece('镇村动态'), piece('柳市镇召开学习会'), piece('会议现场。'), piece('迎亚运  讲文明'), piece('本报讯', { kind: 'lead' })];
    const firing = [[], [], [], [], null];
    expect(goldRoles(pieces, key, ['column', 'stack', 'body', 'stack', 'body'], firing)).toEqual(['column', 'stack', 'caption', 'furniture', null]);
  });

  it('keeps the hand reading for body against section, which keys do not mark', () => {
    const pieces = [piece('一、总体要求'), piece('正文一句话，没有结束')];
    expect(goldRoles(pieces, key, ['section', 'stack'], [[], []])).toEqual(['section', 'section']);
  });
});

describe('the fit on the golden corpus', () => {
  const corpus = readCorpus();

  it('is deterministic and leaves the grammar’s weights as they were', () => {
    const before = ROLE_RULES.map((r) => r.weight);
    const a = fitWeights(corpus.examples, 2);
    const b = fitWeights(corpus.examples, 2);
    expect([...a.values()]).toEqual([...b.values()]);
    expect(ROLE_RULES.map((r) => r.weight)).toEqual(before);
  });

  it('matches the checked-in table: fitted numbers, and adoption only when in-sample scores are no lower', { timeout: 120_000 }, () => {
    const r = fitAndCompare(corpus);
    for (const rule of ROLE_RULES) {
      const row = RULE_WEIGHTS[ruleKey(rule)]!;
      expect(row.fitted, `${ruleKey(rule)}: re-run npm run fit:grammar`).toBe(r.fitted.get(rule));
      expect(rule.weight).toBe(r.adopt ? r.fitted.get(rule) : HAND_WEIGHTS.get(rule));
    }
    expect(FITTED_ADOPTED).toBe(r.adopt);
  });
});
