/**
 * RSS feed of the latest issues (newest dated issues first), so readers and libraries can follow
 * the archive as editors add issues. Each item links to the issue page and lists its headlines.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { readSiteSettings } from '../site/settings.ts';
import { articlesOf, compareIssuesNewestFirst, loadArchiveView } from '../read-model/archive.ts';

/** How many issues the feed carries. */
const FEED_ISSUES = 50;

export const GET: APIRoute = async ({ site }) => {
  const settings = readSiteSettings();
  const view = await loadArchiveView();
  const issues = [...view.issues].sort(compareIssuesNewestFirst).slice(0, FEED_ISSUES);
  return rss({
    title: `${settings.name} · 最新各期`,
    description: `${settings.description}最新收录的各期。`,
    site: site ?? settings.origin,
    trailingSlash: true,
    items: issues.map((issue) => ({
      title: `${issue.publicationName} ${issue.dateLabel}`,
      link: issue.url,
      ...(issue.date ? { pubDate: new Date(`${issue.date}T00:00:00+08:00`) } : {}),
      description: articlesOf(issue, view.articleById)
        .map((a) => a.headline)
        .join('；'),
    })),
    customData: '<language>zh-cn</language>',
  });
};
