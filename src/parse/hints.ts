/**
 * Hints stay bounded: a page that raises the same hint on every line (a control character on each
 * of 140,000 lines) gets one hint with the count and the first lines, never a list that grows with
 * the file — in the parse result, the build log, the check report and memory.
 */
import type { SeedWarning } from '../records/schema.ts';

/** More hints of one kind than this become one hint with a count (a page's real hints are a handful). */
export const HINT_REPEAT_LIMIT = 5;
/** Lines of a merged hint that are named in its message. */
export const HINT_SAMPLE_LINES = 5;

/** Hints are "the same" when only their numbers (line, column, count) differ, within one code. */
const hintKind = (w: SeedWarning) => `${w.code ?? ''}\u0000${w.message.replace(/\d+/gu, '#')}`;

/**
 * The hints with every kind raised more than HINT_REPEAT_LIMIT times merged into one, at its
 * first line, saying how many there were and where the first ones are. Order is kept (a merged
 * hint stands where its first member stood).
 */
export function boundHints(warnings: readonly SeedWarning[]): SeedWarning[] {
  const groups = new Map<string, { first: SeedWarning; count: number; lines: number[] }>();
  for (const w of warnings) {
    const key = hintKind(w);
    const g = groups.get(key);
    if (!g) groups.set(key, { first: w, count: 1, lines: [w.line] });
    else {
      g.count++;
      if (g.lines.length < HINT_SAMPLE_LINES) g.lines.push(w.line);
    }
  }
  const out: SeedWarning[] = [];
  for (const w of warnings) {
    const g = groups.get(hintKind(w))!;
    if (g.count <= HINT_REPEAT_LIMIT) out.push(w);
    else if (g.first === w) out.push({ ...w, message: `${w.message}（同样的提示共 ${g.count} 处，前 ${g.lines.length} 处在第 ${g.lines.join('、')} 行，其余从略）` });
  }
  return out;
}
