/**
 * Keyboard handling of the modal overlay: Tab and Shift+Tab cycle inside it, Esc closes it,
 * and focus that escapes to the page (a page script, a click through) is pulled back.
 * Keys pressed inside the overlay do not reach the page's own shortcuts (j/k, arrows…).
 */

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export interface FocusTrapOptions {
  /** The overlay's host element in the page. */
  host: HTMLElement;
  /** Its shadow root, which holds everything focusable. */
  root: ShadowRoot;
  /** The dialog element, focused when nothing inside is. */
  dialog: HTMLElement;
  onEscape: () => void;
}

/** Installs the trap; the returned function removes every listener it added. */
export function trapFocus({ host, root, dialog, onEscape }: FocusTrapOptions): () => void {
  const doc = host.ownerDocument;

  // On the document, capturing: Esc must work even when focus sits on the page's <body>.
  const onEscapeKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onEscape();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const current = root.activeElement;
    if (event.shiftKey && (current === first || current === dialog || !current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (current === last || !current)) {
      event.preventDefault();
      first.focus();
    }
  };
  const stopAtHost = (event: Event): void => event.stopPropagation();
  const onFocusIn = (event: FocusEvent): void => {
    if (event.target !== host) dialog.focus({ preventScroll: true });
  };

  doc.addEventListener('keydown', onEscapeKey, true);
  root.addEventListener('keydown', onKeyDown as EventListener);
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, stopAtHost);
  doc.addEventListener('focusin', onFocusIn, true);
  return () => {
    doc.removeEventListener('keydown', onEscapeKey, true);
    root.removeEventListener('keydown', onKeyDown as EventListener);
    for (const type of ['keydown', 'keyup', 'keypress'] as const) host.removeEventListener(type, stopAtHost);
    doc.removeEventListener('focusin', onFocusIn, true);
  };
}
