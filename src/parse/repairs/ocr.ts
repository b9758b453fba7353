/**
 * OCR confusion: a Latin capital I standing between two Chinese characters is the character 工
 * (重点I作 → 重点工作). Corrected with a repair and a warning, since it changes what the page says.
 */
import { PATTERNS } from '../constants.ts';
import type { Repair, SeedWarning } from '../../records/schema.ts';

const I_BETWEEN_HAN = new RegExp(PATTERNS.latinIBetweenHan.source, 'gu');

export function readLatinIAsGong(text: string, line: number, repairs: Repair[], warnings: SeedWarning[]): string {
  if (!PATTERNS.latinIBetweenHan.test(text)) return text;
  const after = text.replace(I_BETWEEN_HAN, '工');
  repairs.push({ kind: 'ocr-latin-i', line, column: text.search(PATTERNS.latinIBetweenHan) + 1, before: text, after });
  warnings.push({ line, message: `夹在汉字中间的拉丁字母 I 读作“工”：“${text}” → “${after}”`, code: 'ocr' });
  return after;
}
