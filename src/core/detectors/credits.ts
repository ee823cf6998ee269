/**
 * Credit blocks: who wrote, edited, reported, photographed, or where the story came from, laid out
 * as a table of role and name rows, a definition list, or a name line and a role line (a
 * contributor card). Recognised by the layout first; the role words (id/ms/en/de/fr/es/pt) only
 * say which cells hold roles. The author's name is kept for `byline` when the page gives none.
 */
import { arrayOf, normaliseText } from '../dom-text.ts';
import { byTagOf, childrenOf, tagOf, textOf } from '../safe-dom.ts';

/** A role word alone, as a credit table's or card's label. */
const ROLE = /^(?:penulis|reporter|editor|redaktur|pewarta|kontributor|fotografer|foto|sumber|penyunting|wartawan|author|authors|writer|written by|edited by|editors?|photographer|photos?|source|sources|text|words|correspondent|producer|video|autor(?:in)?|redaktion|bild|fotos?|auteur|rédaction|rédacteur|photographe|texto|fuente|fonte|redação|editora)\s*[:：]?$/i;
/** Roles whose name is the article's author. */
const AUTHOR = /^(?:penulis|reporter|pewarta|wartawan|author|authors|writer|written by|correspondent|autor(?:in)?|auteur|texto)/i;
const NAME_MAX = 60;

export interface Credit {
  role: string;
  name: string;
}

const text = (el: Element): string => normaliseText(textOf(el));

/** The credits `el` is made of, or null when it is not a credit block. */
export function creditsOf(el: Element): Credit[] | null {
  const tag = tagOf(el);
  if (tag === 'TABLE' || tag === 'TBODY') return tableCredits(el);
  if (tag === 'DL') return listCredits(el);
  if (tag === 'DIV' || tag === 'LI' || tag === 'P' || tag === 'SPAN') return cardCredits(el);
  return null;
}

/** Rows of two cells, a role then a name, every one of them. */
function tableCredits(table: Element): Credit[] | null {
  const rows = arrayOf(byTagOf(table, 'tr'));
  if (!rows.length || rows.length > 12) return null;
  const out: Credit[] = [];
  for (const row of rows) {
    const cells = arrayOf(childrenOf(row)).filter((c) => /^T[DH]$/i.test(tagOf(c)));
    if (cells.length !== 2) return null;
    const role = text(cells[0]!);
    const name = text(cells[1]!).replace(/^[:：]\s*/, '');
    if (!ROLE.test(role) || !name || name.length > NAME_MAX) return null;
    out.push({ role, name });
  }
  return out;
}

/** `<dt>` roles and `<dd>` names, every one of them. */
function listCredits(dl: Element): Credit[] | null {
  const out: Credit[] = [];
  let role: string | null = null;
  for (const child of arrayOf(childrenOf(dl))) {
    const tag = tagOf(child);
    const t = text(child);
    if (tag === 'DT') {
      if (!ROLE.test(t)) return null;
      role = t;
    } else if (tag === 'DD' && role && t && t.length <= NAME_MAX) {
      out.push({ role, name: t });
    } else if (t) {
      return null;
    }
  }
  return out.length ? out : null;
}

/** A contributor card: exactly a name line and a role line (in either order), nothing more. */
function cardCredits(el: Element): Credit[] | null {
  const whole = text(el);
  if (!whole || whole.length > NAME_MAX + 20) return null;
  const lines = arrayOf(childrenOf(el)).map(text).filter(Boolean);
  const squeeze = (t: string): string => t.replace(/\s+/g, '');
  // Every word in the two child lines: no loose text beside them.
  if (lines.length !== 2 || squeeze(lines.join('')) !== squeeze(whole)) return null;
  const roleAt = lines.findIndex((l) => ROLE.test(l));
  if (roleAt < 0) return null;
  const name = lines[1 - roleAt]!;
  if (ROLE.test(name) || /\d{3}/.test(name)) return null;
  return [{ role: lines[roleAt]!, name }];
}

/** The author's name among `credits`, if one of them names the author. */
export function authorOf(credits: Credit[]): string | null {
  return credits.find((c) => AUTHOR.test(c.role))?.name ?? null;
}

/** "Oleh Nama Penulis pada 20 Des 2021" / "By Jane Doe": a line naming the author, capitalised. */
const BYLINE = /^(?:[Oo]leh|[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s+((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|dan|and|&|,)){0,6})\s*(?:(?:pada|on|am|le|el|em|\||[-–—,])\s.*)?$/;

/** The byline credit a short line is, if it is one. */
export function bylineLineOf(el: Element): Credit | null {
  const whole = text(el);
  if (whole.length > 90) return null;
  const m = BYLINE.exec(whole);
  return m ? { role: 'author', name: m[1]!.replace(/[\s,]+$/, '') } : null;
}
