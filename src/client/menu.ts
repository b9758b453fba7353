/**
 * The header's 菜单 button on phones: opens and closes the navigation and 字号 (`#site-menu`).
 * Part of the head script (src/client/head.ts), which runs before the body is parsed, so the menu
 * is folded away before the first paint; without JavaScript the button is hidden and the menu
 * shown (global.css keys both on `data-text-size`, set by the same script). Escape closes it.
 */
const TOGGLE = '[data-menu-toggle]';

function setOpen(toggle: Element, open: boolean): void {
  toggle.setAttribute('aria-expanded', String(open));
  document.getElementById(toggle.getAttribute('aria-controls') ?? '')?.classList.toggle('is-open', open);
}

document.addEventListener('click', (event) => {
  const toggle = (event.target as Element | null)?.closest?.(TOGGLE);
  if (toggle) setOpen(toggle, toggle.getAttribute('aria-expanded') !== 'true');
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const toggle = document.querySelector(`${TOGGLE}[aria-expanded="true"]`);
  if (!toggle) return;
  setOpen(toggle, false);
  (toggle as HTMLElement).focus();
});
