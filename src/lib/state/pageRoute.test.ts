import { describe, expect, it } from 'vitest';
import { pageHash, pageRoute } from './pageRoute';
import { parseRoute } from './parseRoute';

describe("a plan page's hash", () => {
  it("reads the short form as the page's plan, and full routes as routes", () => {
    expect(pageRoute('#view=tree&node=2-1', 'kasama')).toEqual(parseRoute('#/plan/kasama?view=tree&node=2-1'));
    expect(pageRoute('', 'kasama')).toEqual(parseRoute('#/plan/kasama'));
    expect(pageRoute('#/plan/kasama?view=outline', 'kasama')).toEqual(parseRoute('#/plan/kasama?view=outline'));
    expect(pageRoute('#/compare?plans=a,b', 'kasama').name).toBe('compare');
    expect(pageRoute('#present=1', 'chiba')).toEqual(parseRoute('#/plan/chiba?present=1'));
  });

  it('on index.html hashes are routes as before', () => {
    expect(pageRoute('#view=tree', null)).toEqual(parseRoute('#view=tree'));
    expect(pageRoute('#/plan/kasama', null)).toEqual(parseRoute('#/plan/kasama'));
  });

  it("writes the page's own plan short, anything else in full, and reads back what it writes", () => {
    const route = parseRoute('#/plan/kasama?view=tree&node=2-1&q=%E8%A6%8B%E5%AE%88%E3%82%8A');
    const hash = pageHash(route, 'kasama');
    expect(hash).toBe('#view=tree&node=2-1&q=%E8%A6%8B%E5%AE%88%E3%82%8A');
    expect(pageRoute(hash, 'kasama')).toEqual(route);
    expect(pageHash(parseRoute('#/plan/kasama'), 'kasama')).toBe('');
    expect(pageHash(parseRoute('#/plan/chiba?view=tree'), 'kasama')).toBe('#/plan/chiba?view=tree');
    expect(pageHash(parseRoute('#/plan/kasama?view=tree'), null)).toBe('#/plan/kasama?view=tree');
  });
});
