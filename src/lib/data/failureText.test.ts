import { describe, expect, it } from 'vitest';
import { failureText, UNEXPECTED } from './failureText';
import { LoadError, loadPlan } from './loadPlans';

const answer = (body: string, status = 200, type = 'text/html') =>
  (async () => new Response(body, { status, headers: { 'Content-Type': type } })) as unknown as typeof fetch;
const reason = (p: Promise<unknown>) => p.then(() => 'loaded', failureText);

describe('failureText', () => {
  it('keeps our Japanese messages and replaces the browser’s English ones', () => {
    expect(failureText(new LoadError('この計画は見つかりませんでした。'))).toBe('この計画は見つかりませんでした。');
    expect(
      failureText(
        new DOMException(
          "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
          'SecurityError',
        ),
      ),
    ).toBe(UNEXPECTED);
    expect(failureText(new TypeError('Failed to fetch'))).toMatch(/通信状態/);
    expect(failureText('boom')).toBe(UNEXPECTED);
  });
});

describe('loadPlan on hosts that answer unknown paths with their index.html', () => {
  it('an HTML answer (status 200) to a plan request means 見つかりませんでした, with or without a content type', async () => {
    const html = '<!doctype html><html><body><div id="app"></div></body></html>';
    expect(await reason(loadPlan('nowhere-a', answer(html)))).toBe('この計画は見つかりませんでした。');
    expect(await reason(loadPlan('nowhere-b', answer(`\n  ${html}`, 200, '')))).toBe(
      'この計画は見つかりませんでした。',
    );
    expect(await reason(loadPlan('nowhere-c', answer('not found', 404, 'text/plain')))).toBe(
      'この計画は見つかりませんでした。',
    );
  });
  it('a broken JSON file is still called broken', async () => {
    expect(await reason(loadPlan('broken-a', answer('{"id": ', 200, 'application/json')))).toMatch(
      /形式が壊れています/,
    );
  });
});
