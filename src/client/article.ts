/**
 * The article page's one script: 朗读 · 分享 · 打印, 复制引用 and the .txt download, and — only on a
 * visit from a search result (`?q=…`) — the highlighter with 上一处/下一处.
 *
 * One module rather than a script per component (朗读 · 分享 · 打印, 复制引用, the highlighter): each
 * module is a request of its own on a reader's first visit, and on slow mobile links the requests'
 * headers cost as much as these small scripts (issue 21: page weights within 10 %).
 */
import { startArticleTools } from './article-tools.ts';
import { startCiteButtons, startTextDownloads } from './cite.ts';

startArticleTools();
startCiteButtons();
startTextDownloads();

// Only a visit from a search result needs the highlighter and the search tokenizer: a plain visit
// loads none of it.
const query = new URLSearchParams(location.search).get('q')?.trim();
if (query) {
  void import('./search/highlight.ts').then(async (m) => {
    const marks = m.highlightFromLocation();
    (await import('./search/match-nav.ts')).startMatchNav(marks, query);
  });
}
