import { describe, expect, it } from 'vitest';
import { CARRIED_ID, TEMPLATE_TITLE, carriedSlot, fillOneFile, oneFileName, scriptSafeJson } from './oneFile';

const template = `<!doctype html><html lang="ja"><head>${TEMPLATE_TITLE}</head><body>${carriedSlot()}<script>var a = 1 < 2; var t = '${carriedSlot()}';</script></body></html>`;

describe('one file', () => {
  it('carries plan text that looks like markup as data, never as markup', () => {
    const html = fillOneFile(template, '木更津 <計画>', {
      planId: 'p',
      files: { 'plans/p.json': '{"title":"</script><script>alert(1)</script>"}' },
    });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(doc.querySelector('title')!.textContent).toBe('木更津 <計画>');
    expect(doc.title).toBe('木更津 <計画>');
    expect(JSON.parse(doc.getElementById(CARRIED_ID)!.textContent!).files['plans/p.json']).toContain(
      '</script><script>alert(1)</script>',
    );
  });
  it('keeps the inline code byte for byte (its CSP hash must still match)', () => {
    expect(fillOneFile(template, 't', { planId: 'p', files: {} })).toContain(
      `<script>var a = 1 < 2; var t = '${carriedSlot()}';</script>`,
    );
  });
  it('refuses a template that is not ours rather than write a broken file', () => {
    expect(() => fillOneFile('<html></html>', 't', { planId: 'p', files: {} })).toThrow();
  });
  it('escapes what could end a script element', () => {
    expect(scriptSafeJson({ a: '</script><!--' })).not.toMatch(/<\//);
  });
  it('names the file by council and title, without characters a USB stick refuses', () => {
    expect(oneFileName('木更津市社会福祉協議会', '第2次 地域福祉活動計画')).toBe(
      '木更津市社会福祉協議会_第2次 地域福祉活動計画.html',
    );
    expect(oneFileName('A/B', 'C:D?*')).toBe('A B_C D.html');
    expect(oneFileName('', '')).toBe('地域福祉活動計画.html');
    expect(oneFileName('あ'.repeat(200), 'い').length).toBeLessThanOrEqual(85);
  });
});
