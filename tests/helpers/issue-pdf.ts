/**
 * An issue exported as one PDF, one 版 a page, for the tests of a PDF of several pages: the typeset
 * front page of 柳市 第125期 (it prints no 版次, and its lead story runs on （下转2版）), its 第2版
 * (typeset from the golden page news-inside-liushi-125-p2, which prints 第2版 and the story's
 * （上接1版）; checked in under tests/fixtures/pdf/, not among the golden PDFs the scores read) and
 * the typeset 柳川副刊, which prints 第4版.
 */
import { readFileSync } from 'node:fs';
import { mergePdfs } from './pdf-merge.ts';

export const ISSUE_PAGES = ['tests/fixtures/pages/news-front-liushi-125/page.pdf', 'tests/fixtures/pdf/liushi-125-p2.pdf', 'tests/fixtures/pages/arts-liushi-fukan-2023-04/page.pdf'];

/** The three pages as one file. */
export const issuePdf = () => mergePdfs(ISSUE_PAGES.map((f) => new Uint8Array(readFileSync(f))));
