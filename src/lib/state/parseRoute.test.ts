import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './parseRoute';

describe('parseRoute', () => {
  it('reads a plan deep link with view, node and query', () => {
    expect(parseRoute('#/plan/kasama?view=tree&node=2-1&q=%E3%82%B5%E3%83%AD%E3%83%B3')).toEqual({
      name: 'plan',
      planId: 'kasama',
      view: 'tree',
      node: '2-1',
      q: 'サロン',
    });
  });
  it('opens the gallery for an empty hash', () => {
    expect(parseRoute('')).toEqual({ name: 'gallery' });
    expect(parseRoute('#/')).toEqual({ name: 'gallery' });
  });
  it('keeps how many search results are shown (さらに表示), and only a sensible count', () => {
    expect(parseRoute('#/search?q=a&n=100')).toEqual({ name: 'search', q: 'a', shown: 100 });
    expect(parseRoute('#/search?q=a&n=-3')).toEqual({ name: 'search', q: 'a' });
    expect(parseRoute('#/search?q=a&n=1e9')).toEqual({ name: 'search', q: 'a' });
    expect(formatRoute({ name: 'search', q: 'a', shown: 100 })).toBe('#/search?q=a&n=100');
  });
  it('keeps the gallery filter in the address', () => {
    expect(parseRoute('#/?pref=%E5%8D%83%E8%91%89%E7%9C%8C&q=%E6%94%AF%E3%81%88')).toEqual({
      name: 'gallery',
      pref: '千葉県',
      q: '支え',
    });
    expect(formatRoute({ name: 'gallery', pref: '千葉県', q: '' })).toBe('#/?pref=%E5%8D%83%E8%91%89%E7%9C%8C');
  });
  it('ignores an unknown view and unknown parameters', () => {
    expect(parseRoute('#/plan/chiba?view=pie&evil=<script>')).toEqual({
      name: 'plan',
      planId: 'chiba',
      view: null,
      node: null,
      q: '',
    });
  });
  it('routes anything else to not-found, even malformed escapes', () => {
    expect(parseRoute('#/plan/%E0%A4%A')).toMatchObject({ name: 'plan' });
    expect(parseRoute('#/admin')).toEqual({ name: 'notFound', path: '/admin' });
  });
  it('writes back what it reads', () => {
    for (const h of [
      '#/',
      '#/?pref=%E5%8D%83%E8%91%89%E7%9C%8C&q=a',
      '#/plan/kasama',
      '#/plan/kasama?view=tree&node=2-1',
      '#/search?q=%E3%83%9C',
    ])
      expect(formatRoute(parseRoute(h))).toBe(h);
  });
});

describe('compare routes', () => {
  it('reads plans, view, sync, theme and per-plan focus', () => {
    expect(
      parseRoute(
        '#/compare?plans=kisarazu,tsurugashima&view=tree&sync=1&theme=volunteer&focus=kisarazu:3,tsurugashima:1-1',
      ),
    ).toEqual({
      name: 'compare',
      plans: ['kisarazu', 'tsurugashima'],
      view: 'tree',
      sync: true,
      theme: 'volunteer',
      focus: { kisarazu: '3', tsurugashima: '1-1' },
    });
  });
  it('keeps at most four plans and defaults to the sunburst', () => {
    expect(parseRoute('#/compare?plans=a,b,c,d,e')).toMatchObject({
      plans: ['a', 'b', 'c', 'd'],
      view: 'sunburst',
      sync: false,
      theme: null,
    });
  });

  it('compares a plan named twice once, and says which were repeated', () => {
    expect(parseRoute('#/compare?plans=okegawa,okegawa')).toMatchObject({ plans: ['okegawa'], repeated: ['okegawa'] });
    expect(parseRoute('#/compare?plans=a,b,a,c,b,d,e')).toMatchObject({
      plans: ['a', 'b', 'c', 'd'],
      repeated: ['a', 'b'],
    });
    expect(parseRoute('#/compare?plans=a,b')).not.toHaveProperty('repeated');
  });
  it('writes back readable URLs', () => {
    const h = '#/compare?plans=a,b&sync=1&focus=a:2-1';
    expect(formatRoute(parseRoute(h))).toBe(h);
  });
});

describe('present and embed routes', () => {
  it('opens presentation mode from its own route or from &present=1', () => {
    expect(parseRoute('#/present/kasama?node=2')).toEqual({
      name: 'present',
      planId: 'kasama',
      node: '2',
      speaker: false,
    });
    expect(parseRoute('#/plan/kasama?present=1&speaker=1')).toEqual({
      name: 'present',
      planId: 'kasama',
      node: null,
      speaker: true,
    });
  });
  it('keeps embed=1 on plan and compare links', () => {
    expect(parseRoute('#/plan/chiba?embed=1')).toMatchObject({ name: 'plan', embed: true });
    expect(formatRoute(parseRoute('#/plan/chiba?view=tree&embed=1'))).toBe('#/plan/chiba?view=tree&embed=1');
    expect(formatRoute(parseRoute('#/compare?plans=a,b&embed=1'))).toBe('#/compare?plans=a,b&embed=1');
  });
});
