/**
 * Full-width digits and Latin letters (２０２３年, ＤＥＬＩＸＩ) read as their ASCII forms, so dates,
 * numbers and searches work; Chinese punctuation stays full-width. One character for one: the
 * ledger still balances. Each changed line is logged.
 */
import type { Repair } from '../../records/schema.ts';

const FULL_ASCII = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]/gu;

export function asciiDigits(lines: string[], repairs: Repair[]): string[] {
  return lines.map((line, i) => {
    if (!FULL_ASCII.test(line)) return line;
    FULL_ASCII.lastIndex = 0;
    const column = line.search(FULL_ASCII) + 1;
    const after = line.replace(FULL_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    repairs.push({ kind: 'full-width-ascii', line: i + 1, column, before: line, after });
    return after;
  });
}
