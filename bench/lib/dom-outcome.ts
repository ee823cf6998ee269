/**
 * What one DOM makes of one page for the parity check (bench/dom-parity.ts): the cleaned
 * result's fields as strings, and the parsed tree in a canonical form built from standard DOM
 * reads only (each DOM's own serializer differs in details that are not the tree).
 */
import { cleanDocument, type CleanResult } from '../../src/core/index.ts';
import { CLI_DOMS, type CliDomName } from './cli-doms.ts';

export interface DomRequest {
  html: string;
  url: string;
}

export interface DomOutcome {
  fields: Record<string, string>;
  tree: string;
  parseMs: number;
  cleanMs: number;
}

/** The result's fields, each as JSON; a throw or no article is one field of its own. */
function fields(result: CleanResult | null): Record<string, string> {
  if (!result) return { result: 'null' };
  const { removed, ...rest } = result;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(rest)) out[k] = JSON.stringify(v);
  out.removed = JSON.stringify(removed.map((r) => [r.rule, r.reason, r.text]));
  return out;
}

/** Node types, names, attributes in order and character data, depth first (iterative). */
export function canonicalTree(doc: Document): string {
  const out: string[] = [];
  const stack: [Node, number][] = [[doc, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const pad = ' '.repeat(depth);
    if (node.nodeType === 1) {
      const el = node as Element;
      const attrs = Array.from(el.attributes, (a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('');
      out.push(`${pad}<${el.localName}${attrs}>`);
    } else if (node.nodeType === 3 || node.nodeType === 8) {
      out.push(`${pad}${node.nodeType === 3 ? '#text' : '#comment'} ${JSON.stringify((node as CharacterData).data)}`);
    } else if (node.nodeType === 10) {
      out.push(`${pad}<!doctype ${(node as DocumentType).name}>`);
    }
    // <template> keeps its children in its content fragment.
    const from = (node as Element).localName === 'template' ? (node as HTMLTemplateElement).content ?? node : node;
    const children = Array.from(from.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return out.join('\n');
}

/** Parses and cleans one page with `dom`, never throwing. */
export async function domOutcome(dom: CliDomName, { html, url }: DomRequest): Promise<DomOutcome> {
  const t0 = performance.now();
  const page = CLI_DOMS[dom](html, url);
  const t1 = performance.now();
  let out: Record<string, string>;
  try {
    out = fields(cleanDocument(page.document, { url }));
  } catch (e) {
    out = { error: e instanceof Error ? e.message : String(e) };
  }
  const t2 = performance.now();
  let tree: string;
  try {
    tree = canonicalTree(page.document);
  } catch (e) {
    tree = `error: ${e instanceof Error ? e.message : String(e)}`;
  }
  await page.close();
  return { fields: out, tree, parseMs: t1 - t0, cleanMs: t2 - t1 };
}
