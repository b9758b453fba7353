/**
 * 按日期查找 in the browser (DateJump.astro): on submit, reads the publication's calendar file once,
 * goes straight to the issue of the chosen day, or says the paper did not appear that day and links
 * the nearest issue (focus moves to the link, so a keyboard reader is one Enter away).
 */
import { formatDate } from '../records/dates.ts';
import type { DatedIssueEntry } from '../records/schema.ts';
import { nearestIssue } from '../browse/sequence.ts';

export function startDateJump(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-date-jump]')) {
    const input = form.querySelector<HTMLInputElement>('input[type="date"]');
    const result = form.querySelector<HTMLElement>('[data-date-jump-result]');
    if (!input || !result) continue;
    let issues: Promise<DatedIssueEntry[]> | null = null;
    form.hidden = false;
    // Chromium does not submit a form on Enter in a date field, as it does in a text field.
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const day = input.value;
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(day)) return;
      issues ??= fetch(form.dataset['dateJump']!).then(async (r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return ((await r.json()) as { issues: DatedIssueEntry[] }).issues;
      });
      let list: DatedIssueEntry[];
      try {
        list = await issues;
      } catch {
        issues = null;
        result.textContent = '日期表加载失败，请稍后重试，或在下面的日历里查找。';
        return;
      }
      const found = nearestIssue(list, day);
      if (found?.date === day) {
        location.assign(found.url);
        return;
      }
      if (!found) {
        result.textContent = '本档案没有这份报纸能确定日期的期次。';
        return;
      }
      const link = document.createElement('a');
      link.href = found.url;
      link.textContent = `${found.dateLabel}${found.headline ? `：${found.headline}` : ''}`;
      result.replaceChildren(`${formatDate(day)}没有收录的报纸。最近的一期是 `, link);
      link.focus();
    });
  }
}
