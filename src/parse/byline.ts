/**
 * Bylines and photo credits, in the forms papers print them:
 *   本报讯（乐清市融媒体中心记者 郑喜喜 通讯员 胡舒影）    in the lead
 *   ■本报记者 周蓓蓓 通讯员 项一帆 · ■记者 陈清清 吴昊姝/文 黄瀚/摄 · 记者 王丽丽 文/摄
 *   文/郑蓓蓓 图/潘一鸣 · 文/图 黄金 · □ 郑一鸣 · 作者：某某 · 口述 吕阿根 整理 本报记者 王丽丽
 *   （记者 林立 通讯员 余晖）                                   trailing, at the end of the last paragraph
 * Roles: 记者 (of any kind) are reporters, also when they wrote (/文); 通讯员 correspondents; names
 * credited with 摄/图 photographers; authors who are not staff (□, 文/, 作者：, 口述) writers.
 */
import type { Byline } from '../records/schema.ts';
import { CORRESPONDENT_WORDS, PATTERNS, POST_WORDS, REPORTER_WORDS, SPEAKER_POSTS, SURNAMES, WORK_CREDIT_WORDS } from './constants.ts';

export const emptyByline = (): Byline => ({ raw: null, reporters: [], correspondents: [], photographers: [], writers: [] });

type Role = 'reporters' | 'correspondents' | 'photographers' | 'writers';

/** A Chinese personal name: 2–4 Han characters (a compound surname makes four), or ·-joined names of minorities. */
const NAME = /^\p{Script=Han}{2,4}$|^\p{Script=Han}{1,6}·\p{Script=Han}{1,6}$/u;

const ROLE_TOKENS: [RegExp, Role | 'editor' | 'staff-writer'][] = [
  [new RegExp(`(?:${REPORTER_WORDS.join('|')})$`, 'u'), 'reporters'],
  [new RegExp(`(?:${CORRESPONDENT_WORDS.join('|')})$`, 'u'), 'correspondents'],
  [/(?:摄影记者)$/u, 'photographers'],
  [/(?:摄影|图片|图)$/u, 'photographers'],
  [/(?:评论员|作者|撰文|撰稿|口述|供稿|推荐人)$/u, 'writers'],
  // A speaker's post alone before the name (县长　某某, under a report's ——副题): the one who delivered the text.
  [new RegExp(`^(?:${SPEAKER_POSTS.join('|')})$`, 'u'), 'writers'],
  [/(?:整理|采写)$/u, 'staff-writer'],
  [/(?:编辑|责编|指导老师|指导教师|辅导老师)$/u, 'editor'],
];

/** A work's credit word and its slash opening a byline (漫画/, 书法/). */
const WORK_CREDIT_OPENING = new RegExp(`^(?:${WORK_CREDIT_WORDS.join('|')})\\s*[/／]\\s*`, 'u');

/** A role word glued to a name: 记者郑喜喜. */
const GLUED_ROLE = new RegExp(`^(?:.*?)(${[...REPORTER_WORDS, ...CORRESPONDENT_WORDS].join('|')})(?<name>\\p{Script=Han}{2,4})$`, 'u');

/**
 * Splits a byline into names by role. `raw` is kept as printed; names printed with a space inside
 * (陶 宇, 叶 青) are one name.
 */
export function parseByline(raw: string): Byline {
  const byline: Byline = { ...emptyByline(), raw };
  const tokens = bylineTokens(raw);

  let role: Role | 'staff-writer' | 'editor' | null = null;
  let prefix: Role | null = null;
  let pending: string[] = [];
  let photoCredit = false;
  const flush = (as: Role | null) => {
    // Names after an editor's or a teacher's word (编辑, 指导老师) credit no part of the writing: they are dropped.
    if (!as && role === 'editor') pending = [];
    for (const name of pending) add(byline, as ?? (role === 'staff-writer' ? (byline.reporters.length ? 'reporters' : 'writers') : role === 'editor' ? null : role) ?? 'writers', name);
    pending = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    if (t === '文图/') {
      flush(null);
      prefix = 'writers';
      role = role === 'reporters' ? 'reporters' : role;
      // 文/图 某某: writer (or reporter) and photographer.
      const next = tokens[i + 1];
      // 文/图　本报记者　某某: the role word names what the names after it are; they took the pictures too.
      const nextRole = next ? ROLE_TOKENS.find(([re]) => re.test(next)) : undefined;
      if (nextRole && (nextRole[1] === 'reporters' || nextRole[1] === 'correspondents')) {
        role = nextRole[1];
        photoCredit = true;
        prefix = null;
        i++;
        continue;
      }
      if (next && NAME.test(next)) {
        add(byline, role === 'reporters' ? 'reporters' : 'writers', next);
        add(byline, 'photographers', next);
        i++;
      }
      prefix = null;
      continue;
    }
    if (t === '文/' || t === '图/' || t === '摄/' || t === '摄影/') {
      flush(null);
      photoCredit = false;
      prefix = t === '文/' ? (role === 'reporters' ? 'reporters' : 'writers') : 'photographers';
      continue;
    }
    if (t === '/文' || t === '/摄' || t === '/图' || t === '/文摄') {
      // 陈清清 吴昊姝/文: the names before are the writers (reporters when they are 记者).
      if (t === '/文') flush(role === 'reporters' ? 'reporters' : role === 'correspondents' ? 'correspondents' : 'writers');
      else if (t === '/文摄') {
        const names = pending;
        flush(role === 'reporters' ? 'reporters' : role === 'correspondents' ? 'correspondents' : 'writers');
        for (const n of names) add(byline, 'photographers', n);
      } else {
        // 记者 潘一鸣 摄: a photographer, not also a reporter.
        flush('photographers');
      }
      continue;
    }
    const roleWord = ROLE_TOKENS.find(([re]) => re.test(t));
    if (roleWord) {
      flush(null);
      role = roleWord[1];
      // 图/通讯员 某某: the names after the role word took the pictures too.
      photoCredit = prefix === 'photographers';
      prefix = null;
      continue;
    }
    // A role word glued to a name: 记者郑喜喜, 通讯员胡舒影.
    const glued = t.match(GLUED_ROLE);
    if (glued?.groups) {
      flush(null);
      role = REPORTER_WORDS.some((w) => glued[1] === w) ? 'reporters' : 'correspondents';
      t = glued.groups.name!;
    }
    if (!NAME.test(t)) continue;
    if (prefix) {
      add(byline, prefix, t);
      continue;
    }
    if (photoCredit) add(byline, 'photographers', t);
    pending.push(t);
  }
  // Names with no role word at all (□ 郑一鸣, 作者：某某) are the authors.
  flush(null);
  return byline;
}

/** A byline's tokens: its opening marks and brackets off, slash credits (文/, /摄) as tokens of their own, split names merged. */
function bylineTokens(raw: string): string[] {
  let inner = raw
    .replace(PATTERNS.leadOpener, '')
    .trim()
    .replace(/^[■□◆●▲△]+\s*/u, '')
    .replace(/^[/／]\s*/u, '')
    .replace(/^[（(]\s*|\s*[）)]$/gu, '')
    .replace(/\s*报道$/u, '')
    // A work's credit (漫画/刘小燕): its author.
    .replace(WORK_CREDIT_OPENING, '作者 ')
    // A role glued to the name before it, where the byline wrapped and its lines were joined (记者　杨　帆 / 通讯员　周　宇
    // → 杨　帆通讯员): the role opens a name of its own. Not inside a role (本报记者, 全媒体记者, 特约通讯员).
    .replace(/(?<=\p{Script=Han})(?<!本报|特约|见习|首席|全媒体|摄影|实习)(?=(?:本报|特约|见习|首席|全媒体|实习)?(?:记者|通讯员))/gu, ' ')
    // A role glued to the name after it, where a bracketed byline wrapped (（通讯员 / 孙　珂） → 通讯员孙　珂): the name a token
    // of its own, letter-spaced or not. Not a role's own word (记者站, 记者团).
    .replace(/(?<=记者|通讯员)(?=\p{Script=Han})(?![站团们])/gu, ' ')
    // A pupil's class run into the school before it and the name after it (芝英一小二（1）班应语桐): each a token.
    .replace(/(?<=[小中])(?=[一二三四五六七八九十初高]{1,2}(?:年级)?[（(]?\d{1,2}[）)]?班)/gu, ' ')
    .replace(/(?<=[（(]?\d{1,2}[）)]?班)(?=\p{Script=Han})/gu, ' ')
    .trim();
  // 文/某某 and 某某/文 styles: put spaces around the slash credits so they are tokens of their own.
  inner = inner
    .replace(/(文\s*[/／]\s*图|图\s*[/／]\s*文|文图)\s*[/／：:]?\s*/gu, ' 文图/ ')
    .replace(/(?<![\p{Script=Han}])(文|图|摄影|摄)\s*[/／：:]\s*/gu, ' $1/ ')
    .replace(/\s*[/／]\s*(文\s*[/／]\s*摄|文摄)(?=\s|$)/gu, ' /文摄 ')
    .replace(/\s*[/／]\s*摄影(?=\s|$)/gu, ' /摄 ')
    .replace(/\s*[/／]\s*(文|摄|图)(?=\s|$)/gu, ' /$1 ')
    .replace(/(\p{Script=Han})摄(?=\s|$)/gu, '$1 /摄 ')
    // 摄影 with a name after it, past a credited name (记者 某某　摄影 某某): the role opening the photographer's name.
    .replace(/(?<=\S[\s\u3000]+)摄影[\s\u3000]+(?=(?:\p{Script=Han}[\s\u3000]?){1,3}\p{Script=Han}$)/gu, ' 摄影/ ')
    .replace(/\s+摄影?(?=\s|$)/gu, ' /摄 ')
    .replace(/[:：]\s*/gu, ' ')
    // 记者 林晨 文/摄: by now 文/ /摄 (the rules above split it); one credit for words and pictures.
    .replace(/(?<=\s|^)文\s*[/／]\s*(?:[/／]\s*)?摄(?=\s|$)/gu, ' /文摄 ')
    // 王敏 文 李强 图: a credit word after a name, spaced, as 王敏/文 李强/图 is.
    .replace(/(\p{Script=Han}{2,4})\s+(文|图)(?=\s|$)/gu, '$1 /$2 ');
  return mergeSplitNames(inner.split(/[\s、，,;；（）()]+/u).filter(Boolean)).flatMap(splitJoinedNames);
}

/** Two names run together by the wrap (周益 / 陈欣欣 → 周益陈欣欣): too long for one name, so five or six characters. */
/** Each of the two is a surname and a given name: two or three characters (a four-character name is left whole). */
const JOINED_NAME_MIN_CHARS = 2;
const JOINED_NAME_MAX_CHARS = 3;
const JOINED_NAMES = /^\p{Script=Han}{5,6}$/u;

/**
 * Two names a line's wrap ran together: split where the second's surname stands (a closed list), the first name two or three
 * characters, the second two or three. Left whole when no cut, or more than one, fits.
 */
function splitJoinedNames(t: string): string[] {
  if (!JOINED_NAMES.test(t)) return [t];
  const chars = [...t];
  const cuts = [JOINED_NAME_MIN_CHARS, JOINED_NAME_MAX_CHARS].filter((k) => chars.length - k >= JOINED_NAME_MIN_CHARS && chars.length - k <= JOINED_NAME_MAX_CHARS && SURNAMES.includes(chars[k]!));
  return cuts.length === 1 ? [chars.slice(0, cuts[0]).join(''), chars.slice(cuts[0]).join('')] : [t];
}

function add(byline: Byline, role: Role, name: string) {
  // A unit or a reader's place before the name (区住建局 吴建平, 读者 张建国) is not a name.
  // A body's last word closes a name too (胡科, 石院): two characters led by a common surname are a person's name.
  if (NOT_A_NAME.test(name) && !([...name].length === 2 && SURNAMES.includes(name[0]!))) return;
  if (!byline[role].includes(name)) byline[role].push(name);
}

/** A place of three characters or more (石梁镇, 湖头村, 柯城区): a signer's place before the name, not a name. */
const PLACE_TOKEN = /^\p{Script=Han}{2,}(?:镇|乡|村|区|县|市)$/u;

/**
 * A head's post of four characters or more ending in 长 (民间河长, 护林队长, 楼道组长): longer than a name, and 长 closes the
 * posts of heads, whatever they head — the post words above cannot list every such post a page prints.
 */
const HEAD_POST_TOKEN = /^\p{Script=Han}{3,}长$/u;

/** Tokens of a byline that name a body or a role, not a person: 区住建局, 急诊科, 读者, 居民. */
const NOT_A_NAME = new RegExp(`(?:局|院|委|办|所|站|中心|部|科|队|馆|处|厂|公司|社区|街道|学校|小学|中学|[一二三四五六七八九十实][小中]|单位|${POST_WORDS.join('|')})$|^(?:读者|居民|村民|网友|市民)$|${PLACE_TOKEN.source}|${HEAD_POST_TOKEN.source}`, 'u');

/** 陶 宇 → 陶宇: two adjacent single characters (or one and two) are one name printed with a space. */
function mergeSplitNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (/^\p{Script=Han}$/u.test(t) && next && /^\p{Script=Han}{1,2}$/u.test(next)) {
      out.push(t + next);
      i++;
    } else if (/^\p{Script=Han}$/u.test(t) && next && /^\p{Script=Han}{1,2}(?=\/)/u.test(next)) {
      out.push(t + next);
      i++;
    } else out.push(t);
  }
  return out;
}

/** Who a credit names: 黄瀚 摄 → 黄瀚, 记者 潘一鸣 摄 → 潘一鸣, 柳市镇供图 → 柳市镇, 图/王丽丽 → 王丽丽. */
export function creditName(credit: string): string | null {
  const s = credit
    .trim()
    .replace(/^[（(](.*)[）)]$/u, '$1')
    // 摄影：某某 before the role words, so its colon goes with it.
    .replace(/^(?:图|摄影|摄)\s*[/／：:]\s*/u, '')
    .replace(/^(?:本报)?(?:记者|通讯员|摄影)\s*/u, '')
    .replace(/^(?:作者|作|书|画)\s*[:：\s]\s*/u, '')
    .replace(/^图片由(.+)提供$/u, '$1')
    .replace(/\s*[/／]?\s*(?:摄影?|供图)$/u, '')
    .replace(/\s+/gu, '');
  return s || null;
}

/** A caption phrase with no full stop and its photographer in brackets right after it (村民在采茶（王敏 摄）). */
const UNSTOPPED_BRACKETED_CREDIT = /^(?<text>[^，,；;：:。！？\s（(]{4,30})[（(](?<raw>(?:(?:本报)?(?:记者|通讯员)\s*)?(?:\p{Script=Han}\s?){1,4}\s*(?:[/／]\s*)?摄影?)[）)]$/u;

/** How a caption names its picture at its start (上图：, 左图, 图为, 图①, 图1): a closed class of the labels papers print. */
export const PICTURE_LABEL = /^(?:[上下左右中]图\s*[：:]?|图为|图\s*[①②③④⑤⑥⑦⑧⑨⑩\d])/u;

/** One caption of sentences, commas allowed, and its photographer in brackets at its end (…，农户在采摘番茄。（张　海　摄）). */
const LABELLED_BRACKETED_CREDIT = /^(?<text>.+?[。！？])\s*[（(](?<raw>(?:(?:本报)?(?:记者|通讯员)\s*)?(?:\p{Script=Han}\s?){1,4}\s*(?:[/／]\s*)?摄影?)[）)]$/u;

/** A caption known as one (by its picture mark ▲): its bracketed credit at its end, whatever commas the caption has. */
export function splitMarkedCredit(t: string): { text: string; credit: string; raw: string } | null {
  const m = t.trim().match(LABELLED_BRACKETED_CREDIT);
  return m?.groups ? { text: m.groups.text!, credit: creditName(m.groups.raw!)!, raw: m.groups.raw!.trim() } : null;
}

/**
 * A caption with its credit: "文明村、社区亮相。柳市镇供图" → { text: 文明村、社区亮相。, credit: 柳市镇 }.
 * Returns null when the line carries no credit.
 */
export function splitCredit(line: string): { text: string; credit: string; raw: string } | null {
  const t = line.trim();
  const supplied = t.match(/^(?<text>.+?[。．.！!）)])\s*(?<credit>[^。．.\s][^。．.]{0,14}?)供图$/u);
  if (supplied?.groups) return { text: supplied.groups.text!, credit: supplied.groups.credit!.trim(), raw: t.slice(supplied.groups.text!.length).trim() };
  const shot = t.match(/^(?<text>.+?[。．.！!）)])\s*(?<raw>(?:(?:本报)?(?:记者|通讯员)\s*)?(?:\p{Script=Han}\s?){1,4}\s*(?:[/／]\s*)?摄影?)$/u);
  if (shot?.groups) return { text: shot.groups.text!, credit: creditName(shot.groups.raw!)!, raw: shot.groups.raw!.trim() };
  // The credit in brackets after one plain sentence (…清理河岸垃圾。（余志强 摄））; after sentences with commas it closes a
  // photo-news item's text (…打太极，享受初秋的凉爽。（记者 徐丽 摄）): the item's photographer.
  const bracketed = t.match(/^(?<text>[^，,；;]+?[。！？])\s*[（(](?<raw>(?:(?:本报)?(?:记者|通讯员)\s*)?(?:\p{Script=Han}\s?){1,4}\s*(?:[/／]\s*)?摄影?)[）)]$/u);
  if (bracketed?.groups) return { text: bracketed.groups.text!, credit: creditName(bracketed.groups.raw!)!, raw: bracketed.groups.raw!.trim() };
  // A caption that names its picture (上图：…, 图为…, 图①…) is a caption whatever its commas: its bracketed credit is the photo's.
  const labelled = PICTURE_LABEL.test(t) ? t.match(LABELLED_BRACKETED_CREDIT) : null;
  if (labelled?.groups) return { text: labelled.groups.text!, credit: creditName(labelled.groups.raw!)!, raw: labelled.groups.raw!.trim() };
  // The same after a caption set without its full stop (村民在采茶（王敏 摄）): one short phrase, no comma in it.
  const unstopped = t.match(UNSTOPPED_BRACKETED_CREDIT);
  if (unstopped?.groups) return { text: unstopped.groups.text!, credit: creditName(unstopped.groups.raw!)!, raw: unstopped.groups.raw!.trim() };
  // Who supplied the picture, in brackets after the caption (…。（图片由安仁镇提供）).
  const given = t.match(/^(?<text>.+?[。！？])\s*[（(](?<raw>图片由[^（）()]{2,16}提供)[）)]$/u);
  if (given?.groups) return { text: given.groups.text!, credit: creditName(given.groups.raw!)!, raw: given.groups.raw! };
  // A caption set without its full stop, the credit after a wide gap (板凳龙穿过湖镇老街　　记者 潘一鸣 摄), or a 图/ credit
  // after the sentence (…老街。图/郑一鸣).
  const gapped = (/摄影?$/u.test(t) ? t.match(/^(?<text>[^\s，。！？]*\p{Script=Han}{4,}[^\s。！？]*)(?:\s{2,}|\u3000+)(?<raw>(?:(?:本报)?(?:记者|通讯员)\s*)?(?:\p{Script=Han}\s?){2,4}\s*(?:[/／]\s*)?摄影?)$/u) : null)
    ?? t.match(/^(?<text>.+?[。！？])\s*(?<raw>(?:图|摄影)\s*[/／：:]\s*(?:\p{Script=Han}\s?){2,4})$/u);
  if (gapped?.groups) return { text: gapped.groups.text!, credit: creditName(gapped.groups.raw!)!, raw: gapped.groups.raw!.trim() };
  // A drawing's caption by its label (漫画：…。), its artist after it with the word for drawing it (郑晓阳 作, 某某 绘).
  const drawn = t.match(/^(?<text>(?:漫画|插图|插画|绘画)[：:].+?[。！？])\s*(?<raw>(?:\p{Script=Han}\s?){2,4}\s*(?:作|绘|画))$/u);
  if (drawn?.groups) return { text: drawn.groups.text!, credit: drawn.groups.raw!.replace(/\s*(?:作|绘|画)$/u, '').replace(/\s+/gu, ''), raw: drawn.groups.raw!.trim() };
  // A work shown on the page by its title and its art in brackets, the artist after a wide gap (《晨雾》（摄影）　某某).
  const work = t.match(WORK_WITH_ARTIST);
  if (work?.groups) return { text: work.groups.text!, credit: work.groups.name!.replace(/\s/gu, ''), raw: work.groups.name!.trim() };
  return null;
}

/**
 * The arts a page shows a work of, named in brackets after its title (（摄影）, （国画）): a closed class, the words papers
 * print there. With a 《》 title before and a name after a wide gap, the line is the work's caption and credit.
 */
const WORK_ARTS = ['摄影', '国画', '书法', '油画', '水彩', '水彩画', '版画', '剪纸', '篆刻', '素描', '漫画', '木刻'];
const WORK_WITH_ARTIST = new RegExp(`^(?<text>《[^》]{1,20}》\\s*[（(](?:${WORK_ARTS.join('|')})[）)])(?:\\s{2,}|\\u3000+)(?<name>(?:\\p{Script=Han}\\s?){1,3}\\p{Script=Han})$`, 'u');
