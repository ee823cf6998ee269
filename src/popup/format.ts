/** Localised formatting of article metadata. */
import { messagesLocale, plural } from '../shared/i18n.ts';

/** A published date as "26 November 2026" in the messages' language; null if unparsable. */
export function formatDate(iso: string | null, locale: string = messagesLocale()): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** "4 min read" / "4 menit baca"; at least one minute. */
export function formatReadingTime(minutes: number): string {
  return plural('readingTime', Math.max(1, Math.round(minutes)));
}
