import { describe, expect, it } from 'vitest';
import { planIdOf, planPageIdOf, routeOf } from './routeOf';
import { cacheNames, pageScope } from './cacheNames';

const scope = 'https://example.jp/council-site/';

describe('routeOf', () => {
  it('answers the app page for a navigation to the scope or index.html, whatever the query', () => {
    expect(routeOf(`${scope}`, scope, true)).toBe('page');
    expect(routeOf(`${scope}index.html?x=1`, scope, true)).toBe('page');
    expect(routeOf(`${scope}element.html`, scope, true)).toBeNull();
  });
  it("answers a plan's own page (plan/<id>/) as one, and names its plan", () => {
    expect(routeOf(`${scope}plan/kasama/`, scope, true)).toBe('planPage');
    expect(routeOf(`${scope}plan/kasama/index.html`, scope, true)).toBe('planPage');
    expect(routeOf(`${scope}plan/kasama/card.png`, scope, true)).toBeNull();
    expect(routeOf(`${scope}plan/../x/`, scope, true)).toBeNull();
    expect(planPageIdOf(`${scope}plan/kasama/?x=1`, scope)).toBe('kasama');
    expect(planPageIdOf(`${scope}plans/kasama.json`, scope)).toBeNull();
  });
  it('sorts the build files and the data', () => {
    expect(routeOf(`${scope}assets/plan-abc.js`, scope, false)).toBe('asset');
    expect(routeOf(`${scope}assets/pdf.worker-abc.js`, scope, false)).toBe('asset');
    // Not named after their contents: a new version's one-file.html must not be answered by the older one.
    expect(routeOf(`${scope}icons/icon-192.png`, scope, false)).toBe('shell');
    expect(routeOf(`${scope}one-file.html`, scope, false)).toBe('shell');
    expect(routeOf(`${scope}manifest.webmanifest`, scope, false)).toBe('shell');
    expect(routeOf(`${scope}plans/chiba.json`, scope, false)).toBe('data');
    expect(routeOf(`${scope}search/f1/s/0/ab`, scope, false)).toBe('data');
    // pdf.js's CMaps and fonts: a Japanese PDF imports offline once they have been used.
    expect(routeOf(`${scope}pdfjs/cmaps/UniJIS-UCS2-H.bcmap`, scope, false)).toBe('library');
    expect(routeOf(`${scope}pdfjs/standard_fonts/FoxitSans.pfb`, scope, false)).toBe('library');
    expect(routeOf(`${scope}element.html`, scope, false)).toBeNull();
  });
  it('leaves requests of another origin or another copy of the site alone', () => {
    expect(routeOf('https://other.jp/council-site/plans/chiba.json', scope, false)).toBeNull();
    expect(routeOf('https://example.jp/plans/chiba.json', scope, false)).toBeNull();
    expect(routeOf('https://example.jp/', scope, true)).toBeNull();
  });
});

describe('planIdOf', () => {
  it('names the plan of a plan file, not of the list', () => {
    expect(planIdOf(`${scope}plans/chiba.json`, scope)).toBe('chiba');
    expect(planIdOf(`${scope}plans/index.json`, scope)).toBeNull();
    expect(planIdOf(`${scope}plans/chiba.progress.csv`, scope)).toBeNull();
    expect(planIdOf('https://example.jp/plans/chiba.json', scope)).toBeNull();
  });
});

describe('cacheNames', () => {
  it('keeps two copies of the site on one origin apart, and each version of the shell apart', () => {
    const a = cacheNames('https://example.jp/', 'v1');
    const b = cacheNames(scope, 'v1');
    expect(a.data).not.toBe(b.data);
    expect(cacheNames(scope, 'v2').shell).not.toBe(b.shell);
    expect(b.shell.startsWith(b.shellPrefix)).toBe(true);
    expect(pageScope(`${scope}index.html#/plan/chiba`)).toBe(scope);
  });
});
