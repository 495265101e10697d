import { describe, expect, it } from 'vitest';
import { embedSnippet, FALLBACK_HEIGHT } from './embedSnippet';

describe('embedSnippet', () => {
  const code = embedSnippet('https://example.jp/plans/#/plan/kasama?view=tree&embed=1', '笠間市 "計画" <案>');

  it('gives an iframe with a title, lazy loading and a height that shows the whole diagram without scripts', () => {
    expect(code).toMatch(/^<iframe id="welfare-plan-[a-z0-9]+" src="https:\/\/example\.jp\/plans\/#\/plan\/kasama\?view=tree&amp;embed=1"/);
    expect(code).toContain('title="笠間市 &quot;計画&quot; &lt;案>"');
    expect(code).toContain(`height="${FALLBACK_HEIGHT}"`);
    expect(code).toContain('loading="lazy"');
  });

  it('resizes only its own iframe, only from the plan site, only on our height message', () => {
    const id = code.match(/id="([^"]+)"/)![1];
    expect(code).toContain(`getElementById("${id}")`);
    expect(code).toContain('e.origin === "https://example.jp"');
    expect(code).toContain('e.source === f.contentWindow');
    expect(code).toContain('"welfare-plan-explorer:height"');
  });

  it('gives different plans different iframe ids, so two embeds on one page do not clash', () => {
    const other = embedSnippet('https://example.jp/plans/#/plan/chiba?embed=1', 'x');
    expect(other.match(/id="([^"]+)"/)![1]).not.toBe(code.match(/id="([^"]+)"/)![1]);
  });
});
