/**
 * Rules learnt from round 24 (after it was measured held out), on invented input with the negative cases: a column's label
 * alone over its title (曝光台) is no subject of the headline; a box's row may have a label of up to ten characters.
 */
import { describe, expect, it } from 'vitest';
import { readHeadlineStack } from '../../src/parse/headline.ts';
import { labelRowText } from '../../src/parse/units.ts';

describe('a column\'s label alone over its title', () => {
  it('stays apart from the headline', () => {
    expect(readHeadlineStack(['曝光台', '东岙街道一企业偷排废水被查处'])!.headline).toBe('东岙街道一企业偷排废水被查处');
  });
  it('but a place alone on the line still opens the headline', () => {
    expect(readHeadlineStack(['东岙村', '八旬老人义务护河十余年'])!.headline).toBe('东岙村八旬老人义务护河十余年');
  });
});

describe('a box\'s row of label and value', () => {
  it('may have a label of up to ten characters', () => {
    expect(labelRowText('区人民医院预约挂号：0571-63722120')).toBe(true);
  });
  it('but a longer lead-in with a colon is no row', () => {
    expect(labelRowText('经街道党工委研究决定现将有关事项：如下')).toBe(false);
  });
});
