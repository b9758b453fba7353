/**
 * 历史上的今天 on the home page, in the reader's browser: today's month and day in the reader's own
 * calendar (so the list is right on the day it is read, not the day the site was built), the issues
 * of that day in earlier years from `/data/on-this-day/<MM-DD>.json`. The section lists the days
 * that have a file (`data-days`), so no request is made on a day without one. Hidden without
 * JavaScript; nothing else on the page needs it.
 */
import type { DatedIssueEntry } from '../records/schema.ts';

/** `03-20` of a day in the reader's time zone. */
export function todayKey(now = new Date()): string {
  return `${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Issues of earlier years only (a list of "this day in history" does not hold today's own paper), newest first. */
export function earlierYears(issues: DatedIssueEntry[], now = new Date()): DatedIssueEntry[] {
  return issues.filter((i) => Number(i.date.slice(0, 4)) < now.getFullYear());
}

export function startOnThisDay(): void {
  const section = document.querySelector<HTMLElement>('[data-on-this-day]');
  if (!section) return;
  const now = new Date();
  const day = todayKey(now);
  const list = section.querySelector<HTMLElement>('[data-on-this-day-list]');
  const status = section.querySelector<HTMLElement>('[data-on-this-day-status]');
  if (!list || !status) return;
  const label = `${now.getMonth() + 1}月${now.getDate()}日`;
  section.hidden = false;
  const none = () => {
    status.textContent = `往年的${label}没有收录的报纸。`;
  };
  if (!(section.dataset['days'] ?? '').split(' ').includes(day)) return none();
  status.textContent = `正在查找往年的${label}……`;
  fetch(`/data/on-this-day/${day}.json`)
    .then((r) => (r.ok ? (r.json() as Promise<{ issues: DatedIssueEntry[] }>) : Promise.reject(new Error(String(r.status)))))
    .then(({ issues }) => {
      const earlier = earlierYears(issues, now);
      if (!earlier.length) return none();
      status.textContent = `往年的${label}出版的报纸：`;
      list.replaceChildren(
        ...earlier.map((i) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.className = 'entry';
          link.href = i.url;
          const title = document.createElement('span');
          title.className = 'entry-title';
          title.textContent = `${i.publicationName} ${i.dateLabel}`;
          link.append(title);
          if (i.headline) {
            const detail = document.createElement('span');
            detail.className = 'entry-detail';
            detail.textContent = i.headline;
            link.append(detail);
          }
          item.append(link);
          return item;
        }),
      );
    })
    .catch(() => {
      status.textContent = '历史上的今天暂时无法显示。';
    });
}
