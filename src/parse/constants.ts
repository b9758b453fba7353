/**
 * Thresholds and patterns of the parser, in one place (Readability's habit): every number has a
 * reason, every pattern a name, and tests import the same table.
 */

/** A heading-like line (headline, section label, list title) is at most this many characters. */
export const MAX_HEADLINE_CHARS = 48;

/**
 * A section heading inside a body without spaces is at most this long; a longer punctuation-free
 * line followed by prose is a wrapped line of that prose (001's bold introduction).
 */
export const SECTION_HEADING_MAX_CHARS = 16;

/** A vertical text run (one character per line, 004's 重/点/工/作) needs at least this many lines. */
export const MIN_VERTICAL_RUN = 4;

/**
 * A line is read as "printed twice" (bold text extracted as two overlapping glyph runs, 001) when
 * at least this share of its characters sits in immediately repeated chunks. Ordinary prose
 * repeats far less (美美与共, 常常): measured on the seeds, normal lines stay below 0.25.
 */
export const DOUBLED_LINE_RATIO = 0.6;
/**
 * A line next to a doubled line may switch mid-line between doubled and normal text
 * (001: 一行人来到“最美村村””曹田前曹田前); it is repaired from this lower ratio, with a warning.
 */
export const DOUBLED_MIXED_RATIO = 0.35;
/** Lines shorter than this are only undoubled when a neighbouring line is doubled too. */
export const DOUBLED_MIN_ALONE = 8;
/** Longest chunk considered when looking for an immediate repetition. */
export const DOUBLED_MAX_CHUNK = 40;

/** A repeated word across a column/page break (002: 精神 / 精神的成果) is at most this long. */
export const MAX_BREAK_OVERLAP = 4;

/**
 * Page furniture (a 投稿 line, the 刊头题字 credit, an 编辑 line) is one short line; the longest in
 * the seeds is 26 characters. A longer line that merely contains an e-mail address is text — a seed
 * extracted without line breaks would otherwise be filed whole as furniture.
 */
export const FURNITURE_MAX_CHARS = 60;

/** A trailing caption of a feature page is at most this long. */
export const CAPTION_MAX_CHARS = 30;

/** Han ideographs (BMP blocks and the supplementary planes). */
export const HAN = /\p{Script=Han}/u;

export const PATTERNS = {
  /** Ends a sentence: 。！？ possibly followed by closing quotes/brackets; also ：, which ends a 主送 line. */
  sentenceEnd: /[。！？!?；;：:…](?:[”’」』）)]*)$/u,
  /** Punctuation that a headline does not contain. */
  notInHeadline: /[，。；！？：,;!?]/u,
  /** A news lead: 本报讯（…）, ■记者…, 记者 X 报道. */
  lead: /^(?:本报讯|■+|◆|●)/u,
  /** Byline in brackets right after 本报讯. */
  bracketByline: /^(本报讯\s*[（(][^）)]*[）)])/u,
  /** A feature byline line: ■乐清市融媒体中心记者 陈清清 吴昊姝/文 黄瀚/摄. */
  markerByline: /^[■◆●]+\s*\S*(?:记者|通讯员)/u,
  /** Dateline at the start of the body: 3月17日, 7月26日上午, 7月25日晚. */
  dateline: /^(?<month>\d{1,2})月(?<day>\d{1,2})日(?:上午|下午|晚上|晚|早上|中午|凌晨)?/u,
  /** A month and day anywhere in the text: 3月20日. */
  dayInText: /(?<![\d月])(?<month>\d{1,2})月(?<day>\d{1,2})日/gu,
  /** A dateline that names no day. */
  vagueDateline: /^(?:近日|日前|近期|连日来|近年来|今年以来)/u,
  /** A full printed date: 2022年11月10日. */
  fullDate: /(?<year>(?:19|20)\d{2})年(?<month>\d{1,2})月(?<day>\d{1,2})日/gu,
  /** A 4-digit year printed in the text: 2023年. */
  year: /(?<![\d])((?:19|20)\d{2})年/gu,
  /** Photo credit at the end of a caption: 柳市镇供图, 黄瀚 摄. */
  creditSupplied: /^(?<text>.*?[。．.]?)\s*(?<credit>[\p{Script=Han}A-Za-z·]{2,12})供图$/u,
  creditShot: /^(?<text>.*[。．.])\s*(?<credit>[\p{Script=Han}·][\p{Script=Han}·\s]{0,8}?)\s*摄$/u,
  /** A boxed-list item: "- 乐清市文明村". */
  listItem: /^[-－–•]\s+/u,
  /** Continuation markers. */
  continuedTo: /[（(]\s*下转\s*(?<to>[^）)]+?)\s*[）)]\s*$/u,
  continuedFrom: /^[（(]\s*上接\s*(?<from>[^）)]+?)\s*[）)]/u,
  /** Page furniture, line by line. */
  submission: /^投稿\s*[:：]|[\w.+-]+@[\w-]+\.[\w.]+/u,
  masthead: /^刊头.*题字/u,
  editorLine: /^(?:本版)?(?:责任编辑|编辑|美编|校对|组版)\s*[:：]/u,
  /** 公文: document number 南塘委〔2022〕50号. */
  docNumber: /^\S*[〔\[［(（]\d{4}[〕\]］)）]\s*\d+\s*号$/u,
  docSigner: /^(?<label>签发人\s*[:：])\s*(?<name>.+)$/u,
  docIssuer: /(?:委员会|人民政府|政府|办公室|党委|委|局|厅|部)$/u,
  docTitle: /(?:报告|通知|意见|决定|请示|批复|函|方案|通报|纪要)$/u,
  /** A section heading numbered in Chinese: 一、准确把握…. */
  numberedHeading: /^[一二三四五六七八九十]+、/u,
  /** A column banner: the two parts of a couplet, each 3–9 Han characters. */
  coupletPart: /^[\p{Script=Han}“”"‘’「」『』·]{3,10}$/u,
  /** A Latin capital I standing alone between Han characters: an OCR confusion for 工. */
  latinIBetweenHan: /(?<=\p{Script=Han})I(?=\p{Script=Han})/u,
  /** Role words in bylines. */
  roles: /(通讯员|记者|摄影|见习记者|特约记者)/u,
} as const;
