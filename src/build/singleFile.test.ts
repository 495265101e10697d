import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { oneFileHtml } from './singleFile';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('oneFileHtml', () => {
  it('allows exactly its own inline code and styles by hash, and no network', () => {
    const js = 'document.title="計画"';
    const css = 'body{color:#1a1a1a}';
    const html = oneFileHtml(js, css);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    expect(csp).toContain(`default-src 'none'`);
    expect(csp).toContain(`script-src ${hash(js)}`);
    expect(csp).toContain(`style-src ${hash(css)}`);
    expect(html).toContain(`<script>${js}</script>`);
    expect(html).toContain(`<style>${css}</style>`);
  });
  it('refuses code that would end its own element', () => {
    expect(() => oneFileHtml('var s="</script>"', '')).toThrow();
  });
});
