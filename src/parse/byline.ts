/**
 * Bylines and photo credits: 本报讯（乐清市融媒体中心记者 郑喜喜 通讯员 胡舒影）,
 * ■乐清市融媒体中心记者 陈清清 吴昊姝/文 黄瀚/摄, 记者 陶 宇摄.
 */
import type { Byline } from '../records/schema.ts';

export const emptyByline = (): Byline => ({ raw: null, reporters: [], correspondents: [], photographers: [], writers: [] });

type Role = 'reporters' | 'correspondents' | 'photographers' | 'writers';

/** Role words, longest first so 见习记者 wins over 记者. */
const ROLE_WORDS: [string, Role][] = [
  ['见习记者', 'reporters'],
  ['特约记者', 'reporters'],
  ['融媒体记者', 'reporters'],
  ['记者', 'reporters'],
  ['通讯员', 'correspondents'],
  ['摄影', 'photographers'],
];

/** A Chinese personal name: 2–4 Han characters (a compound surname makes four). */
const NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * Splits the inside of a byline into names by role. Names are separated by spaces; a name split by
 * a space into two single characters (陶 宇) is joined again. A `/文` or `/摄` suffix (or a bare 摄
 * glued to the name) assigns the preceding names to writers or photographers.
 */
export function parseByline(raw: string): Byline {
  const byline: Byline = { ...emptyByline(), raw };
  let inner = raw
    .replace(/^本报讯\s*/u, '')
    .replace(/^[■◆●]+/u, '')
    .replace(/^[（(]|[）)]$/gu, '')
    .trim();
  // Cut at each role word: "乐清市融媒体中心记者 郑喜喜 通讯员 胡舒影" → [记者, "郑喜喜"], [通讯员, "胡舒影"].
  const roleRe = new RegExp(`(${ROLE_WORDS.map(([w]) => w).join('|')})`, 'gu');
  const parts = inner.split(roleRe);
  // parts = [prefix (organisation), role, names, role, names, …]
  for (let i = 1; i < parts.length; i += 2) {
    const role = ROLE_WORDS.find(([w]) => w === parts[i])![1];
    assignNames(parts[i + 1] ?? '', role, byline);
  }
  if (parts.length === 1) assignNames(inner, 'writers', byline);
  return byline;
}

function assignNames(text: string, role: Role, byline: Byline) {
  let pending: string[] = [];
  const tokens = mergeSplitNames(text.split(/[\s、，,]+/u).filter(Boolean));
  for (let token of tokens) {
    let suffixRole: Role | null = null;
    const m = token.match(/^(.*?)\s*[/／]\s*(文|摄|图)$/u);
    if (m) {
      token = m[1];
      suffixRole = m[2] === '文' ? 'writers' : 'photographers';
    } else if (/^\p{Script=Han}{2,4}摄$/u.test(token)) {
      token = token.slice(0, -1);
      suffixRole = 'photographers';
    }
    if (token && NAME.test(token)) pending.push(token);
    if (suffixRole) {
      // "陈清清 吴昊姝/文": reporters who wrote; "黄瀚/摄": the photographer.
      for (const name of pending) {
        if (suffixRole === 'writers' && role === 'reporters') byline.reporters.push(name);
        byline[suffixRole].push(name);
      }
      pending = [];
    }
  }
  byline[role].push(...pending);
}

/** 陶 宇摄 → 陶宇摄: two adjacent single characters are one name printed with a space. */
function mergeSplitNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (/^\p{Script=Han}$/u.test(t) && next && /^\p{Script=Han}{1,2}(?:摄|\/.)?$/u.test(next)) {
      out.push(t + next);
      i++;
    } else out.push(t);
  }
  return out;
}

/**
 * A caption with its credit: "文明村、社区亮相。柳市镇供图" → { text: 文明村、社区亮相。, credit: 柳市镇 }.
 * Returns null when the line carries no credit.
 */
export function splitCredit(line: string): { text: string; credit: string; raw: string } | null {
  const t = line.trim();
  const supplied = t.match(/^(?<text>.+?[。．.！!])\s*(?<credit>[^。．.\s][^。．.]{0,11}?)供图$/u);
  if (supplied?.groups) return { text: supplied.groups.text, credit: supplied.groups.credit.trim(), raw: t.slice(supplied.groups.text.length).trim() };
  const shot = t.match(/^(?<text>.+?[。．.！!])\s*(?:记者\s*)?(?<credit>\p{Script=Han}(?:\s?\p{Script=Han}){1,3})\s*摄$/u);
  if (shot?.groups) return { text: shot.groups.text, credit: shot.groups.credit.replace(/\s+/gu, ''), raw: t.slice(shot.groups.text.length).trim() };
  return null;
}
