/**
 * An article opened from search (`?q=`): a bar that leads back to the results and steps through
 * the marked matches (上一处 / 下一处, with "第2处，共5处"), the current one outlined. Loaded by
 * Highlight.astro only when the address has a query.
 */
export function startMatchNav(marks: HTMLElement[], query: string, root: Element | null = document.querySelector('[data-article-body]')): HTMLElement | null {
  if (!root) return null;
  const bar = document.createElement('nav');
  bar.className = 'match-nav no-print';
  bar.setAttribute('aria-label', '搜索结果');
  const back = document.createElement('a');
  back.className = 'standalone-link';
  back.href = `/search/?q=${encodeURIComponent(query)}`;
  back.textContent = `← 回到“${query}”的搜索结果`;
  bar.append(back);
  if (marks.length > 0) {
    const where = document.createElement('span');
    where.setAttribute('role', 'status');
    where.className = 'match-where';
    const button = (label: string, step: number) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.addEventListener('click', () => go(current + step));
      return b;
    };
    let current = 0;
    const go = (i: number) => {
      marks[current]?.removeAttribute('data-current');
      current = (i + marks.length) % marks.length;
      const mark = marks[current]!;
      mark.setAttribute('data-current', '');
      mark.scrollIntoView({ block: 'center' });
      where.textContent = `第${current + 1}处，共${marks.length}处`;
    };
    bar.append(button('上一处', -1), where, button('下一处', 1));
    marks[0]!.setAttribute('data-current', '');
    where.textContent = `第1处，共${marks.length}处`;
  }
  root.before(bar);
  return bar;
}
