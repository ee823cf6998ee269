/**
 * Styles for a shadow root (or a document) that survive the strictest page CSP.
 *
 * A constructed stylesheet (`new CSSStyleSheet()` + `replaceSync`, then `adoptedStyleSheets`) is
 * not subject to `style-src`: browsers treat it like CSSOM edits, not like inline `<style>`
 * (WICG/construct-stylesheets#98; pdf.js moved to it to drop 'unsafe-inline', mozilla/pdf.js#21416).
 * Firefox content scripts may not be able to adopt a sheet made in their sandbox (Xray wrappers,
 * bugzilla 1770592), and jsdom has no `adoptedStyleSheets`: there we fall back to a `<style>`
 * element, which a strict page CSP may block, but the overlay still works unstyled-but-usable.
 */

/** One stylesheet whose text can be replaced later (e.g. when the font size changes). */
export interface StyleSlot {
  update(css: string): void;
  /** Takes the styles away again. */
  remove(): void;
}

type Adopter = DocumentOrShadowRoot & { adoptedStyleSheets?: CSSStyleSheet[] };

function adopt(target: Adopter, sheet: CSSStyleSheet): boolean {
  const list = target.adoptedStyleSheets;
  if (!list) return false;
  try {
    // `push` on the live ObservableArray keeps the page's own adopted sheets and avoids handing a
    // sandbox-made array to the page (which Firefox content scripts refuse).
    if (typeof list.push === 'function') list.push(sheet);
    else target.adoptedStyleSheets = [...list, sheet];
    return target.adoptedStyleSheets?.includes(sheet) ?? false;
  } catch {
    return false;
  }
}

function unadopt(target: Adopter, sheet: CSSStyleSheet): void {
  const list = target.adoptedStyleSheets;
  if (!list) return;
  const index = list.indexOf(sheet);
  if (index >= 0) list.splice(index, 1);
}

/**
 * Attaches `css` to `target` (a shadow root, or a document for page-level rules) and returns a
 * handle to change or remove it. `doc` is the document whose globals create the sheet.
 */
export function createStyleSlot(target: DocumentOrShadowRoot & Node, doc: Document, css: string): StyleSlot {
  const view = doc.defaultView;
  if (view && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      if (adopt(target, sheet)) {
        return {
          update: (next) => sheet.replaceSync(next),
          remove: () => unadopt(target, sheet),
        };
      }
    } catch {
      // Fall through to the <style> element.
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  const parent = target.nodeType === 9 ? (target as Document).head ?? (target as Document).documentElement : target;
  parent.appendChild(style);
  return {
    update: (next) => {
      style.textContent = next;
    },
    remove: () => style.remove(),
  };
}
