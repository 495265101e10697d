import { describe, expect, it } from 'vitest';
import { elementSnippet, embedSnippet, FALLBACK_HEIGHT } from './embedSnippet';

describe('embedSnippet', () => {
  const code = embedSnippet('https://example.jp/plans/#/plan/kasama?view=tree&embed=1', '笠間市 "計画" <案>');

  it('gives an iframe with a title, lazy loading and a height that shows the whole diagram without scripts', () => {
    expect(code).toMatch(
      /^<iframe id="welfare-plan-[a-z0-9]+" data-welfare-plan src="https:\/\/example\.jp\/plans\/#\/plan\/kasama\?view=tree&amp;embed=1"/,
    );
    expect(code).toContain('title="笠間市 &quot;計画&quot; &lt;案>"');
    expect(code).toContain(`height="${FALLBACK_HEIGHT}"`);
    expect(code).toContain('loading="lazy"');
  });

  it('has no inline style, so a host page with a strict CSP shows it as it is', () => {
    expect(code).not.toMatch(/style=/);
  });

  it('sizes the iframe the message came from (not one found by id), only from the plan site or a sandboxed frame, only on our height message', () => {
    expect(code).not.toContain('getElementById');
    expect(code).toContain('contentWindow === e.source');
    expect(code).toContain('e.origin !== "https://example.jp" && e.origin !== "null"');
    expect(code).toContain('"welfare-plan-explorer:height"');
  });

  it('gives every snippet its own iframe id, also for the same plan', () => {
    const ids = new Set(
      Array.from(
        { length: 50 },
        () => embedSnippet('https://example.jp/plans/#/plan/kasama?embed=1', 'x').match(/id="([^"]+)"/)![1],
      ),
    );
    expect(ids.size).toBe(50);
  });
});

describe('elementSnippet', () => {
  it('loads the element from the plan site, beside the app, with a readable link inside for when the script cannot run', () => {
    const code = elementSnippet(
      'https://example.jp/plans/#/plan/kasama?view=tree&embed=1',
      'kasama',
      'tree',
      '笠間市 <計画>',
    );
    expect(code).toBe(
      '<script type="module" src="https://example.jp/plans/welfare-plan.js"></script>\n' +
        '<welfare-plan plan="kasama" view="tree"><a href="https://example.jp/plans/#/plan/kasama">笠間市 &lt;計画>を開く</a></welfare-plan>',
    );
  });
});
