import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { IdbArea, isQuotaError, onStorageProblem, WebStorageArea, type StorageProblem } from './storage';

/** A Storage that holds `limit` characters at most, as a browser's quota does. */
function fakeStorage(limit = Infinity): Storage {
  const m = new Map<string, string>();
  const size = () => [...m].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    get length() {
      return m.size;
    },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (size() - (m.get(k)?.length ?? 0) + v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, v);
    },
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
  };
}
const refusing = () => {
  throw new DOMException(
    "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
    'SecurityError',
  );
};

const seen: [string, StorageProblem | null][] = [];
const stop = onStorageProblem((what, p) => seen.push([what, p]));
afterEach(() => void seen.splice(0));
afterAll(() => void stop());

describe('WebStorageArea', () => {
  it('reads and writes the browser storage', () => {
    const s = fakeStorage();
    const area = new WebStorageArea('localStorage', () => s);
    expect(area.set('k', 'v', '下書き')).toBeNull();
    expect(s.getItem('k')).toBe('v');
    expect(area.get('k')).toBe('v');
    area.remove('k');
    expect(area.get('k')).toBeNull();
  });

  it('where the browser refuses storage (even the property read throws), keeps values in memory and says so', () => {
    const area = new WebStorageArea('localStorage', refusing);
    expect(area.available).toBe(false);
    expect(area.get('k')).toBeNull();
    expect(area.set('k', 'v', '保存した計画')).toBe('blocked');
    expect(area.get('k')).toBe('v');
    expect(seen).toEqual([['保存した計画', 'blocked']]);
    expect(() => area.remove('k')).not.toThrow();
    expect(area.get('k')).toBeNull();
  });

  it('when the quota is full, nothing is thrown, the value holds for this visit and the problem is "full"; a later write that fits clears it', () => {
    const s = fakeStorage(10);
    const area = new WebStorageArea('localStorage', () => s);
    expect(area.set('k', 'x'.repeat(50), '評価シート')).toBe('full');
    expect(area.get('k')).toBe('x'.repeat(50));
    expect(s.getItem('k')).toBeNull();
    expect(area.set('k', 'small', '評価シート')).toBeNull();
    expect(s.getItem('k')).toBe('small');
    expect(seen).toEqual([
      ['評価シート', 'full'],
      ['評価シート', null],
    ]);
  });

  it('writes without a label (a preference) report nothing', () => {
    const area = new WebStorageArea('sessionStorage', refusing);
    expect(area.set('k', 'v')).toBe('blocked');
    expect(seen).toEqual([]);
  });
});

describe('IdbArea', () => {
  it('without IndexedDB (Node, a sandboxed frame), keeps values in memory, lists them, and reports the label once per write', async () => {
    const area = new IdbArea<{ n: number }>('db', 'store', '下書き');
    expect(await area.get('a')).toBeUndefined();
    expect(await area.set('a', { n: 1 })).toBe('blocked');
    const { value } = await area.update('a', (old) => ({ n: (old?.n ?? 0) + 1 }));
    expect(value).toEqual({ n: 2 });
    expect(await area.keys()).toEqual(['a']);
    expect(await area.getMany(['a', 'b'])).toEqual([{ n: 2 }, undefined]);
    await area.del('a');
    expect(await area.keys()).toEqual([]);
    expect(seen.every(([w, p]) => w === '下書き' && p === 'blocked')).toBe(true);
  });
});

it('recognises quota errors by name', () => {
  expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
  expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
  expect(isQuotaError(null)).toBe(false);
});
