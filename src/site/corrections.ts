/**
 * 纠错: the address a reader follows to report a mistake in an article, prefilled with the
 * article's id and permanent address. The address is `corrections` in seeds/site.yaml:
 *
 * - `mailto:jiucuo@example.cn` (or the bare e-mail address) — a message with subject 纠错：<headline> and a body naming the
 *   article (id, address) and leaving room for the reader's words;
 * - `https://…` — a web form; `{id}` and `{url}` in the address are replaced (percent-encoded),
 *   and an address without them gets `?article=<id>&url=<url>` appended.
 */
export interface CorrectionTarget {
  id: string;
  headline: string;
  /** Permanent address of the article page. */
  url: string;
}

export function correctionsHref(setting: string, a: CorrectionTarget): string {
  // A bare e-mail address is written as one.
  const address = /^[^:/@\s]+@[^@\s]+$/u.test(setting) ? `mailto:${setting}` : setting;
  if (/^mailto:/iu.test(address)) {
    const subject = `纠错：${a.headline}`;
    const body = `文章编号：${a.id}\n网址：${a.url}\n\n哪里有错，应当怎样改：\n`;
    const joiner = address.includes('?') ? '&' : '?';
    return `${address}${joiner}subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  if (address.includes('{id}') || address.includes('{url}')) {
    return address.replaceAll('{id}', encodeURIComponent(a.id)).replaceAll('{url}', encodeURIComponent(a.url));
  }
  const u = new URL(address);
  u.searchParams.set('article', a.id);
  u.searchParams.set('url', a.url);
  return u.href;
}
