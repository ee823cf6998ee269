/**
 * While the overlay is open the page underneath is `inert`: screen readers skip it and nothing
 * in it can take focus, which `aria-modal` alone only asks for. The overlay's host hangs off
 * `<html>`, outside `<body>`, so it stays interactive.
 */

/** Makes `doc.body` inert; the returned function puts its previous state back. */
export function makePageInert(doc: Document): () => void {
  const body = doc.body;
  if (!body || body.hasAttribute('inert')) return () => {};
  body.setAttribute('inert', '');
  return () => body.removeAttribute('inert');
}
