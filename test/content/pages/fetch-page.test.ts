// @vitest-environment jsdom
/** The content script's same-origin fetch of an article's other pages, with each failure named. */
import { describe, expect, it } from 'vitest';
import { fetchSameOriginPage } from '../../../src/content/pages/fetch-page.ts';

const ORIGIN = 'https://www.kabarkota.id';

function fakeFetch(answer: { status?: number; type?: string; body?: string; url?: string } | Error): typeof fetch {
  return ((input: string) => {
    if (answer instanceof Error) return Promise.reject(answer);
    const response = new Response(answer.body ?? '<p>x</p>', { status: answer.status ?? 200, headers: { 'content-type': answer.type ?? 'text/html; charset=utf-8' } });
    Object.defineProperty(response, 'url', { value: answer.url ?? input });
    return Promise.resolve(response);
  }) as typeof fetch;
}

describe('fetchSameOriginPage', () => {
  it('parses the page inertly, its links resolving against its address', async () => {
    const doc = await fetchSameOriginPage(`${ORIGIN}/a/b?page=2`, ORIGIN, fakeFetch({ body: '<a href="c?page=3">3</a><script>window.hit = 1</script>' }));
    expect(doc.querySelector('a')!.href).toBe(`${ORIGIN}/a/c?page=3`);
    expect((window as unknown as { hit?: number }).hit).toBeUndefined();
  });

  it('names each failure', async () => {
    const cases: [Parameters<typeof fakeFetch>[0], string, string][] = [
      [{ status: 503 }, `${ORIGIN}/a`, 'HTTP 503'],
      [{ type: 'image/png' }, `${ORIGIN}/a`, 'not a web page'],
      [{ url: 'https://elsewhere.example/a' }, `${ORIGIN}/a`, 'redirected to another site'],
      [new TypeError('Failed to fetch'), `${ORIGIN}/a`, 'network error'],
      [Object.assign(new Error('t'), { name: 'TimeoutError' }), `${ORIGIN}/a`, 'no answer in time'],
      [{}, 'https://elsewhere.example/a', 'another site'],
    ];
    for (const [answer, url, reason] of cases) {
      await expect(fetchSameOriginPage(url, ORIGIN, fakeFetch(answer)), reason).rejects.toThrow(reason);
    }
  });
});

