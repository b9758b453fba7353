/**
 * Control characters (C0 other than tab and line breaks, DEL) are never meant to be text: each is
 * shown as its Unicode control picture (␀ ␇ ␛), so it stays visible and counted, with a repair
 * and a warning naming the line and column.
 */
import type { Repair, SeedWarning } from '../../records/schema.ts';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

const picture = (c: string) => String.fromCharCode(c === '\u007F' ? 0x2421 : 0x2400 + c.charCodeAt(0));

export function showControls(lines: string[], repairs: Repair[], warnings: SeedWarning[]): string[] {
  return lines.map((line, i) => {
    if (!CONTROL.test(line)) return line;
    CONTROL.lastIndex = 0;
    const columns = [...line.matchAll(CONTROL)].map((m) => m.index! + 1);
    const shown = line.replace(CONTROL, picture);
    repairs.push({ kind: 'control-character', line: i + 1, column: columns[0]!, before: line, after: shown });
    warnings.push({ line: i + 1, message: `第${columns.join('、')}列有控制字符，显示为 ${[...new Set(line.match(CONTROL))].map(picture).join(' ')}`, code: 'control-character' });
    return shown;
  });
}
