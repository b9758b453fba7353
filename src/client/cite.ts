/**
 * Article pages in the browser: puts today's date into the GB/T 7714 citation (its 引用日期 is the
 * day the reader cites the page) and makes the 复制引用 button copy it. Without this script the
 * citation shows the placeholder and the button stays hidden.
 */
import { isoToday } from '../browse/citation.ts';
import { pagePlainText } from './plain-text.ts';

export function startCiteButtons(): void {
  for (const citation of document.querySelectorAll<HTMLElement>('[data-gbt-citation]')) {
    const date = citation.querySelector('[data-cited-date]');
    if (date) date.textContent = isoToday();
    const box = citation.parentElement;
    const row = box?.querySelector<HTMLElement>('[data-copy-row]');
    const button = box?.querySelector<HTMLButtonElement>('[data-copy-citation]');
    const status = box?.querySelector<HTMLElement>('[data-copy-status]');
    if (!row || !button || !status) continue;
    row.hidden = false;
    button.addEventListener('click', async () => {
      const text = (citation.textContent ?? '').replace(/\s+/gu, ' ').trim();
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = '已复制到剪贴板。';
      } catch {
        // No clipboard permission (an old browser, a page in a frame): select the text to copy by hand.
        const range = document.createRange();
        range.selectNodeContents(citation);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        status.textContent = '无法自动复制，已选中引用文字，请用“复制”命令。';
      }
    });
  }
}

/**
 * The 纯文本（.txt） download: the article as printed with its citation, read from the page
 * (src/client/plain-text.ts; the site has no file per article: a static host counts files). Shown
 * only when the script runs; after startCiteButtons, so that its GB/T citation carries the day.
 */
export function startTextDownloads(): void {
  const text = pagePlainText();
  const holder = document.querySelector<HTMLElement>('[data-text-download]');
  const link = holder?.querySelector('a');
  if (!text || !holder || !link) return;
  // href and download are set here: a link with `download` but no address is invalid HTML.
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  link.download = holder.dataset['textDownload'] ?? 'article.txt';
  holder.hidden = false;
}
