import { describe, expect, it } from 'vitest';
import { isKeepable } from './keepable';

describe('isKeepable', () => {
  it('keeps data files: JSON, CSV, gzip shards', async () => {
    expect(await isKeepable(new Response('{"id":"a"}', { headers: { 'Content-Type': 'application/json' } }))).toBe(
      true,
    );
    expect(await isKeepable(new Response('id,2025\na,A\n', { headers: { 'Content-Type': 'text/csv' } }))).toBe(true);
    expect(await isKeepable(new Response(new Uint8Array([0x1f, 0x8b, 8, 0, 60, 60])))).toBe(true);
  });
  it('never keeps an error or the HTML page an SPA host answers a missing file with', async () => {
    expect(await isKeepable(new Response('{}', { status: 404 }))).toBe(false);
    expect(
      await isKeepable(
        new Response('<!doctype html><html></html>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
      ),
    ).toBe(false);
    // A host that names no type, or the wrong one: the body says it is a page.
    expect(
      await isKeepable(
        new Response('\n  <!DOCTYPE html>', { headers: { 'Content-Type': 'application/octet-stream' } }),
      ),
    ).toBe(false);
  });
  it('leaves the answer readable for the page', async () => {
    const res = new Response('{"id":"a"}');
    await isKeepable(res);
    expect(await res.json()).toEqual({ id: 'a' });
  });
});
