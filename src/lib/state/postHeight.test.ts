import { describe, expect, it } from 'vitest';
import { parentOrigin } from './postHeight';

const ancestors = (...o: string[]) =>
  Object.assign([...o], {
    contains: (s: string) => o.includes(s),
    item: (i: number) => o[i] ?? null,
  }) as unknown as DOMStringList;

describe('parentOrigin', () => {
  it('names the host page’s origin from ancestorOrigins, else from the referrer', () => {
    expect(
      parentOrigin({
        ancestorOrigins: ancestors('https://www.city.example.lg.jp'),
        referrer: 'https://other.example/',
      }),
    ).toBe('https://www.city.example.lg.jp');
    expect(
      parentOrigin({ ancestorOrigins: ancestors(), referrer: 'https://www.city.example.lg.jp/fukushi/plan.html' }),
    ).toBe('https://www.city.example.lg.jp');
    expect(
      parentOrigin({ ancestorOrigins: undefined as unknown as DOMStringList, referrer: 'https://shakyo.example.jp/' }),
    ).toBe('https://shakyo.example.jp');
  });
  it('is "*" when the host is unknown or sandboxed (opaque)', () => {
    expect(parentOrigin({ ancestorOrigins: ancestors(), referrer: '' })).toBe('*');
    expect(parentOrigin({ ancestorOrigins: ancestors('null'), referrer: '' })).toBe('*');
    expect(parentOrigin({ ancestorOrigins: ancestors(), referrer: 'not a url' })).toBe('*');
  });
});
