/** The real options.html in a jsdom document, for form tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const OPTIONS_HTML = readFileSync(join(import.meta.dirname, '../../src/options/options.html'), 'utf8');

export function optionsDocument(): Document {
  return new JSDOM(OPTIONS_HTML, { url: 'chrome-extension://bersih/options/options.html' }).window.document;
}

export function settingsForm(doc: Document): HTMLFormElement {
  const form = doc.querySelector<HTMLFormElement>('#settings');
  if (!form) throw new Error('no #settings form');
  return form;
}
