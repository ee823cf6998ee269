// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { clipboardText } from '../../src/popup/actions.ts';
import { withMarkdownContents } from '../../src/popup/copy-markdown.ts';
import { article } from './article-fixture.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const HTML = '<h2>Latar</h2><p>Satu.</p><h2>Data</h2><p>Dua.</p><h3>Kota</h3><p>Tiga.</p><script>window.ran = true</script>';
const MARKDOWN = '## Latar\n\nSatu.\n\n## Data\n\nDua.\n\n### Kota\n\nTiga.';

describe('Copy Markdown with contents', () => {
  it('puts the contents list between the title and the body the core wrote', () => {
    const copied = withMarkdownContents(article({ title: 'Judul', html: HTML, markdown: MARKDOWN }));
    expect(clipboardText(copied, 'markdown')).toBe(
      `# Judul\n\n- [Latar](#latar)\n- [Data](#data)\n  - [Kota](#kota)\n\n${MARKDOWN}`,
    );
    expect((window as { ran?: boolean }).ran).toBeUndefined();
  });

  it('leaves an article of fewer than 3 headings as it was', () => {
    const two = article({ title: 'Judul', html: '<h2>A</h2><p>x</p><h2>B</h2>', markdown: '## A\n\nx\n\n## B' });
    expect(withMarkdownContents(two).markdown).toBe(two.markdown);
  });
});
