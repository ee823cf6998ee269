/**
 * Readability walks `parentNode` and `nextSibling` and reads `tagName`, `getAttribute`,
 * `textContent`… on every element, raw. In a browser a form's named controls shadow those
 * properties (`<form><input name="parentNode">`), and its ancestor walk then loops for ever
 * (issue 18). Before Readability sees the extraction clone, every control (and image) whose name
 * or id is a property of its form loses that name or id: they are ours to change in the clone, the
 * input document is never touched, and the sanitiser drops controls anyway.
 *
 * It must run before anything reads such a form's properties raw: a form remembers a name it was
 * read through ("past names map") even after the control is renamed.
 */
import { arrayOf } from './dom-text.ts';
import { attrOf, byTagOf, removeAttrOf } from './safe-dom.ts';

/** Elements a form exposes by name or id: its listed controls and its images. */
const NAMED = ['input', 'button', 'select', 'textarea', 'fieldset', 'object', 'output', 'img'];

/**
 * Takes every shadowing name and id off form controls in `doc` (a clone: this mutates).
 * Returns how many attributes it removed.
 */
export function defuseClobbering(doc: Document): number {
  const root = doc.documentElement;
  // Most pages have no form: one cheap look, and nothing else to do.
  if (!root || !doc.forms.length) return 0;
  const form = doc.forms[0]!;
  // The prototype a form's properties come from; named properties never live on a prototype.
  const proto = Object.getPrototypeOf(form) as object;
  let removed = 0;
  for (const tag of NAMED) {
    for (const el of arrayOf(byTagOf(root, tag))) {
      for (const attr of ['name', 'id']) {
        const value = attrOf(el, attr);
        if (value && value in proto) {
          removeAttrOf(el, attr);
          removed++;
        }
      }
    }
  }
  return removed;
}
