import { describe, expect, it } from 'vitest';
import { carriedFetch } from './carriedFetch';

const base = 'file:///E:/%E8%A8%88%E7%94%BB/';

describe('carriedFetch', () => {
  it('answers the files it carries, by the relative URL the app asks', async () => {
    const f = carriedFetch({ 'plans/a.json': '{"id":"a"}' }, base);
    const res = await f('plans/a.json');
    expect(await res.json()).toEqual({ id: 'a' });
    expect(res.headers.get('Content-Type')).toBe('application/json');
  });
  it('fails at once, without the network, for anything else', async () => {
    const f = carriedFetch({}, base);
    await expect(f('plans/b.json')).rejects.toThrow(TypeError);
    await expect(f('https://example.jp/plans/a.json')).rejects.toThrow(TypeError);
  });
});
