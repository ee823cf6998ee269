/**
 * UI strings: every one lives in `public/_locales/{en,id}/messages.json` and is read through
 * `browser.i18n`. Keys are typed from the English file, so a misspelt key fails the typecheck;
 * `test/shared/i18n.test.ts` proves both locales have the same keys.
 */
import { browser } from './browser.ts';

type EnglishMessages = typeof import('../../public/_locales/en/messages.json');

/** A key of `public/_locales/en/messages.json`. */
export type MessageKey = keyof EnglishMessages & string;
/** Keys with plural forms (`foo_one`, `foo_other`), named without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

type Substitution = string | number;

/** The translated message for `key`, with `$1`… / named placeholders filled from `subs`. */
export function t(key: MessageKey, subs?: Substitution | readonly Substitution[]): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  const message = browser.i18n.getMessage(key, list);
  // An empty result means the key is missing from the active locale: show the key, not a blank.
  return message === '' ? key : message;
}

/**
 * The language of the messages actually shown (`en` or `id`), which can differ from the browser
 * UI language (a French UI falls back to English messages); dates and plurals follow it.
 */
export function messagesLocale(): string {
  return t('localeCode');
}

/** The plural form of `base` for `count` (`_one`/`_other` by `Intl.PluralRules`), filled with the count. */
export function plural(base: PluralKey, count: number): string {
  const category = new Intl.PluralRules(messagesLocale()).select(count);
  const key = (category === 'one' ? `${base}_one` : `${base}_other`) as MessageKey;
  return t(key, count);
}

/** Attributes that `localiseDocument` fills from `data-i18n-<attribute>`. */
const LOCALISED_ATTRIBUTES = ['aria-label', 'placeholder', 'title'] as const;

/**
 * Fills static HTML: `data-i18n="<key>"` sets the text, `data-i18n-aria-label="<key>"` (and
 * `-placeholder`, `-title`) set that attribute. Also sets `<html lang>` to the messages locale.
 */
export function localiseDocument(doc: Document): void {
  doc.documentElement.lang = messagesLocale();
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const attribute of LOCALISED_ATTRIBUTES) {
    for (const element of doc.querySelectorAll(`[data-i18n-${attribute}]`)) {
      const key = element.getAttribute(`data-i18n-${attribute}`) as MessageKey;
      element.setAttribute(attribute, t(key));
    }
  }
}
