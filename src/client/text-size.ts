/**
 * The text-size (字号) control's script, run in <head> of every page before the body is parsed, so a
 * remembered size applies before the first paint (no flash of the default size). Injected inline by
 * src/integrations/text-size.ts, which bundles and minifies this file; Astro adds its hash to the
 * page's Content-Security-Policy. No inline handlers: one click listener on the document.
 *
 * Setting `data-text-size` on <html> also reveals the control (global.css hides it without it), so
 * without JavaScript the page shows no buttons that would do nothing.
 */
import { DEFAULT_TEXT_SIZE, TEXT_SIZE_KEYS, TEXT_SIZE_STORAGE_KEY, type TextSizeKey } from '../site/text-sizes.ts';

const CHOICE = 'data-text-size-choice';
const root = document.documentElement;
const known = (size: string | null | undefined): size is TextSizeKey => (TEXT_SIZE_KEYS as readonly unknown[]).includes(size);

// Storage may be unavailable (private mode, disabled cookies): the control still works for this page.
function remembered(): TextSizeKey {
  try {
    const size = localStorage.getItem(TEXT_SIZE_STORAGE_KEY);
    return known(size) ? size : DEFAULT_TEXT_SIZE;
  } catch {
    return DEFAULT_TEXT_SIZE;
  }
}

function apply(size: TextSizeKey): void {
  root.dataset.textSize = size;
  for (const button of document.querySelectorAll(`[${CHOICE}]`)) {
    button.setAttribute('aria-pressed', String(button.getAttribute(CHOICE) === size));
  }
}

apply(remembered());
document.addEventListener('DOMContentLoaded', () => apply(remembered()));
// A page restored from the back/forward cache, or another tab, may have an older choice on screen.
addEventListener('pageshow', () => apply(remembered()));
addEventListener('storage', (event) => {
  if (event.key === TEXT_SIZE_STORAGE_KEY) apply(remembered());
});
document.addEventListener('click', (event) => {
  const size = (event.target as Element | null)?.closest?.(`[${CHOICE}]`)?.getAttribute(CHOICE);
  if (!known(size)) return;
  apply(size);
  try {
    localStorage.setItem(TEXT_SIZE_STORAGE_KEY, size);
  } catch {
    /* not remembered, but applied */
  }
});
