/**
 * Fingerprints: a short hash of a block's normalised text. The memory stores these, never the
 * text, so what someone read cannot be read back out of it.
 */

/** Lower case, whitespace (also no-break and zero-width) collapsed, trimmed. */
export function normaliseBlockText(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim().toLowerCase();
}

/**
 * cyrb53 (public domain, bryc): a fast 53-bit string hash with good spread, in base 36
 * (about 11 characters). Collisions matter little: the worst one costs a block that both texts'
 * other guards already allow to go.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
