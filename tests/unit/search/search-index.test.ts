import { describe, expect, it } from 'vitest';
import { withVariants, withoutIgnored } from '../../../src/build/search-index.ts';

describe('the indexed copy of a page', () => {
  it('leaves out elements marked data-pagefind-ignore, nested ones included', () => {
    const html = '<article><p>a</p><div data-pagefind-ignore><div>x</div><p>y</p></div><p>b</p><aside class="n" data-pagefind-ignore="all">z</aside>c</article>';
    expect(withoutIgnored(html)).toBe('<article><p>a</p><p>b</p>c</article>');
  });

  it('makes search variants of indexed words only, not of what the page repeats outside the index', () => {
    const html =
      '<html lang="ar"><body><article data-pagefind-body><h1>العودة</h1>' +
      '<div data-pagefind-ignore><p>الطوارئ</p></div>' +
      '<div data-search-variants></div></article></body></html>';
    const indexed = withVariants(html);
    expect(indexed).toContain('<div>عوده</div>');
    expect(indexed).not.toMatch(/<div>[^<]*طوارئ/);
  });
});
