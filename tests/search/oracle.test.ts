/**
 * The substring oracle's issue pages: the benchmark counts an issue page found by its own printed
 * text (furniture, unplaced text) as a right result, not as "not an article".
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.ts';
import { issuePageFields, Truth } from '../support/search-oracle.ts';

const archive = loadArchive(resolve('seeds'));

describe('search oracle', () => {
  it('finds an issue page by the furniture it prints, and only with the issues given', () => {
    const issue = archive.issues.find((i) => issuePageFields(i).length > 0);
    if (!issue) throw new Error('no seed issue prints text of its own (furniture or unplaced text): this test needs one');
    const text = issuePageFields(issue)[0]!;
    expect(new Truth(archive.articles, archive.issues).relevant(text).has(issue.url)).toBe(true);
    expect(new Truth(archive.articles).relevant(text).has(issue.url)).toBe(false);
  });

  it('leaves out the document-format labels, which belong to their documents', () => {
    const labelled = { furniture: [{ kind: 'label' as const, text: '主送：' }], unplaced: [] } as unknown as Parameters<typeof issuePageFields>[0];
    expect(issuePageFields(labelled)).toEqual([]);
  });
});
