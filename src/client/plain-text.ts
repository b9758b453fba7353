/**
 * The article as plain text, read from the page it is shown on: the same sections, in the same
 * order and with the same separators, as articlePlainText (src/browse/citation.ts) writes from the
 * record — 引题, 标题, 副题; byline; body (a list's items, a poem's lines, who speaks); a document's
 * 落款 and 附件; captions; where it is from. The page used to carry that text a second time in a
 * <template> for the .txt download: 12 % of an article page, ≈ 180 MB of a 40,000-article site.
 * tests/browser/plain-text.test.ts holds the two to the same text on every article of a built site.
 *
 * Each element's text is read without its visually hidden labels (发文机关：, 文号：). What the page
 * adds for the eye and the text does not hold is marked where it is drawn: `data-dash` on a 副题
 * given its ——, `data-line` on a note's label shown without its colon.
 */

/** An element's text as a reader sees it, without the labels kept for screen readers. */
function shown(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
  return (copy.textContent ?? '').trim();
}

const lines = (els: Iterable<Element>) => [...els].map(shown);

/** The lines of one body block as drawn by ArticleBlocks.astro (blockLines in src/records/text.ts). */
function blockLines(el: Element): string[] {
  if (el.matches('.continuation')) return []; // 上接 / 下转: the page's own note, not the text
  if (el.matches('p.verse')) return lines(el.querySelectorAll('.verse-line'));
  if (el.matches('aside.note')) {
    const label = el.querySelector('.note-label');
    return [label?.getAttribute('data-line') ?? (label ? shown(label) : ''), ...lines(el.querySelectorAll(':scope > p:not(.note-label)'))];
  }
  if (el.matches('p.signature')) return signatureLines(el);
  if (el.matches('.table-scroll')) return [...el.querySelectorAll('tr')].map((tr) => lines(tr.querySelectorAll('td')).join(' '));
  if (el.matches('section.boxed-list')) {
    const title = el.querySelector(':scope > h2');
    const dl = el.querySelector(':scope > dl');
    const items = dl
      ? [...dl.querySelectorAll(':scope > dt')].map((dt) => {
          const text = dt.nextElementSibling ? shown(dt.nextElementSibling) : '';
          return text ? `${shown(dt)}：${text}` : shown(dt);
        })
      : lines(el.querySelectorAll(':scope > ul > li'));
    return [...(title ? [shown(title)] : []), ...items];
  }
  return [shown(el)];
}

/** A 落款's lines, which the page separates with <br>. */
function signatureLines(el: Element): string[] {
  const out = [''];
  for (const node of el.childNodes) {
    if (node.nodeName === 'BR') out.push('');
    else out[out.length - 1] += node.textContent ?? '';
  }
  return out.map((l) => l.trim());
}

/** The page's article as plain text, or null when the page shows no article. */
export function pagePlainText(doc: Document = document): string | null {
  const article = doc.querySelector('[data-article-body]');
  if (!article) return null;
  const head = [...article.querySelectorAll(':scope > header :is(.doc-issuer, .doc-number, .kicker, h1, .subheadline)')].map((el) =>
    el.hasAttribute('data-dash') ? shown(el).replace(/^——/u, '') : shown(el),
  );
  const byline = article.querySelector('.article-meta .byline dd');
  const body = [...(article.querySelector('.article-text')?.children ?? [])].map(blockLines).filter((l) => l.length > 0);
  const attachments = lines(article.querySelectorAll('.doc-attachments > li'));
  const holder = doc.querySelector<HTMLElement>('[data-text-download]');
  const gbt = doc.querySelector('[data-gbt-citation]');
  const sections = [
    head.join('\n'),
    byline ? shown(byline) : '',
    body.map((b) => b.join('\n')).join('\n\n'),
    lines(article.querySelectorAll('.doc-closing > p')).join('\n'),
    ...(attachments.length ? [`附件：\n${attachments.map((x, i) => `${i + 1}. ${x}`).join('\n')}`] : []),
    lines(article.querySelectorAll('.captions li')).map((c) => `【图片说明】${c}`).join('\n'),
    [
      '——',
      `出处：${shown(doc.querySelector('.citation-text') ?? doc.createElement('span'))}`,
      holder?.dataset['dates'] ?? '',
      // The markup's line breaks and indents only (an ideographic space is the text's own).
      `GB/T 7714：${(gbt?.textContent ?? '').replace(/[ \t\r\n]+/gu, ' ').trim()}`,
    ].join('\n'),
  ];
  return `${sections.filter((s) => s.trim() !== '').join('\n\n')}\n`;
}
