/**
 * The reader's text sizes (字号), shared by the control's markup (src/components/TextSizeControl.astro),
 * the script that applies the choice (./client.ts) and the stylesheet (src/styles/global.css, which
 * sets `html[data-text-size=…]` to the `rootPercent` below — keep the two in step).
 *
 * Every length on the site is in rem, so the root size scales text, spacing and tap targets alike.
 */
/** Values of `data-text-size` on <html> and in localStorage, smallest first. */
export const TEXT_SIZE_KEYS = ['s', 'm', 'l', 'xl'] as const;
export type TextSizeKey = (typeof TEXT_SIZE_KEYS)[number];

export interface TextSize {
  key: TextSizeKey;
  /** What the button says. */
  label: string;
  /** Root font size, % of the browser's own default (which a reader may have set larger). */
  rootPercent: number;
}

export const TEXT_SIZES: readonly TextSize[] = [
  { key: 's', label: '小', rootPercent: 100 },
  // The site's size before a choice is made: 18px body text with the browser's default 16px.
  { key: 'm', label: '中', rootPercent: 112.5 },
  { key: 'l', label: '大', rootPercent: 131.25 },
  { key: 'xl', label: '特大', rootPercent: 150 },
];

export const DEFAULT_TEXT_SIZE: TextSizeKey = 'm';

/** localStorage key that remembers the choice across pages and visits (this origin only). */
export const TEXT_SIZE_STORAGE_KEY = 'liushi-archive:text-size';
