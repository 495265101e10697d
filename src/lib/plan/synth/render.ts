/**
 * Renders a random hierarchy as a plan text the way councils publish one: a web page's menu,
 * a title, page sections numbered like the goals, a table of contents, the vision in one of its
 * forms, the hierarchy with descriptions, residents' lists and page furniture between items,
 * download links after. Every choice is recorded as a feature for the failure table.
 */
import { description, measureTitle, residents, visionText } from './phrases';
import { fullWidth, levelStyles, marker, type LevelStyle } from './surface';
import type { SynthNode } from './hierarchy';
import type { Rng } from './random';

export interface Rendered {
  text: string;
  vision: string | null;
  features: string[];
}

interface Ctx {
  r: Rng;
  out: string[];
  features: Set<string>;
  styles: LevelStyle[];
  desc: number;
  residents: boolean;
  furniture: boolean;
  broken: boolean;
  full: boolean;
}

const MENU = ['トップページ > 社協について > 地域福祉活動計画', 'ホーム', 'メニュー', '文字サイズ 標準 拡大'];
const TOC = [
  '第1章 計画の策定にあたって',
  '第2章 地域福祉を取り巻く現状',
  '第3章 計画の基本的な考え方',
  '第4章 施策の展開',
  '第5章 計画の推進',
];
const SECTIONS = ['計画の趣旨', '計画の位置づけ', '計画の期間'];
const SECTION_PROSE = [
  'この計画は、地域福祉を推進するための民間の活動・行動計画です。',
  '計画の期間は令和6年度から令和10年度までの5年間です。',
  '社会福祉法に基づき、市の地域福祉計画と連携して策定しました。',
];
const LINKS = ['計画書(PDF:2.5MB)', '概要版(PDF:1.1MB)', 'お問い合わせ 地域福祉課 電話 0000-00-0000'];

/** A title broken mid-line where a page or a narrow cell breaks it: after a particle or attributive near the middle. */
function breakTitle(t: string): [string, string] {
  const cuts = [...t.matchAll(/[のにるが、]/gu)].map((m) => m.index! + 1).filter((i) => i >= 4 && i <= t.length - 4);
  if (!cuts.length) return [t, ''];
  const mid = t.length / 2;
  const cut = cuts.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  return [t.slice(0, cut), t.slice(cut)];
}

function nodeLines(c: Ctx, n: SynthNode, depth: number, path: number[]): void {
  const s = c.styles[depth];
  let head = `${s.indent}${marker(s, path)}`;
  if (c.full) head = fullWidth(head);
  const [a, b] = c.broken && depth === 0 && n.title.length >= 12 ? breakTitle(n.title) : [n.title, ''];
  const sub = n.subtitle ? c.r.pick(['same', 'next', 'tilde']) : '';
  const same = sub === 'same' ? `(${n.subtitle})` : '';
  c.out.push(`${head}${a}${b ? '' : same}`);
  if (b) {
    c.out.push(`${s.indent}${b}${same}`);
    c.features.add('title-broken');
  }
  if (sub === 'next') c.out.push(`(${n.subtitle})`);
  if (sub === 'tilde') c.out.push(`〜${n.subtitle}〜`);
  if (sub) c.features.add(`subtitle:${sub}`);
  if (c.desc === depth || (c.desc === -2 && depth === 0)) {
    const k = c.r.int(1, 2);
    for (let i = 0; i < k; i++) c.out.push(`${s.indent}${c.r.chance(0.3) ? '  ' : ''}${description(c.r)}`);
  }
  n.children.forEach((k, i) => nodeLines(c, k, depth + 1, [...path, i + 1]));
  if (c.residents && n.children.length && !n.children[0].children.length) {
    const res = residents(c.r);
    c.out.push(res.header, ...res.lines.map((l) => `・${l}`));
    c.features.add('residents');
  }
  if (c.furniture && depth === 0 && c.r.chance(0.4)) {
    c.out.push(`- ${c.r.int(3, 40)} -`);
    c.features.add('furniture');
  }
}

/** The vision in one of the forms plans use; returns the expected text. */
function visionLines(c: Ctx, out: string[]): string | null {
  const form = c.r.pick([
    'label',
    'label',
    'bracket',
    'inline-label',
    'prose',
    'slogan',
    'label-subtitle',
    'wrapped',
    'none',
  ]);
  c.features.add(`vision:${form}`);
  const v = visionText(c.r);
  const label = c.r.pick(['基本理念', '【基本理念】', '≪基本理念≫', '■基本理念', '<基本理念>', '計画の基本理念']);
  const q = (s: string) => (c.r.chance(0.4) ? `「${s}」` : s);
  switch (form) {
    case 'label':
      out.push(label, q(v));
      return v;
    case 'bracket':
      out.push(label, `『${v}』`);
      return v;
    case 'inline-label':
      out.push(`${c.r.pick(['【基本理念】', '≪基本理念≫', '基本理念:'])}${q(v)}`);
      return v;
    case 'prose':
      out.push(`本計画では「${v}」を基本理念として、地域福祉を推進します。`);
      return v;
    case 'slogan':
      out.push(v, `〜${measureTitle(c.r)}〜`);
      return v;
    case 'label-subtitle':
      out.push(label, q(v), `~${measureTitle(c.r)}~`);
      return v;
    case 'wrapped': {
      const [a, b] = v.split(' ');
      out.push(label, `${a}、`, b);
      return `${a}、${b}`;
    }
    default:
      return null;
  }
}

function front(c: Ctx): string[] {
  const out: string[] = [];
  if (c.r.chance(0.3)) {
    out.push(...MENU.slice(0, c.r.int(1, MENU.length)));
    c.features.add('menu');
  }
  out.push(`第${c.r.int(2, 5)}次地域福祉活動計画`);
  if (c.r.chance(0.5))
    out.push('地域福祉活動計画は、住民や関係団体が協力して、誰もが安心して暮らせる地域をつくるための計画です。');
  if (c.r.chance(0.25)) {
    out.push('目次', ...TOC);
    c.features.add('toc');
  }
  return out;
}

export function renderPlan(r: Rng, top: SynthNode[], levels: number): Rendered {
  const { styles } = levelStyles(r, levels);
  const c: Ctx = {
    r,
    out: [],
    features: new Set(styles.map((s, d) => `L${d + 1}:${s.form}`)),
    styles,
    desc: r.chance(0.4) ? r.int(0, levels - 1) : -1,
    residents: levels >= 2 && r.chance(0.2),
    furniture: r.chance(0.2),
    broken: r.chance(0.15),
    full: r.chance(0.2),
  };
  if (styles.some((s) => s.indent)) c.features.add('indent');
  if (c.desc >= 0) c.features.add('descriptions');
  if (c.full) c.features.add('full-width');
  if (r.chance(0.2)) top.forEach((n) => (n.subtitle = measureTitle(r)));
  c.out.push(...front(c));
  const sections = r.chance(0.3);
  if (sections) {
    c.features.add('page-sections');
    SECTIONS.forEach((s, i) => c.out.push(`${i + 1} ${s}`, SECTION_PROSE[i]));
  }
  const vision = visionLines(c, c.out);
  c.out.push(sections ? `${SECTIONS.length + 1} 計画の体系` : r.pick(['基本目標', '計画の体系', '【施策の体系】', '']));
  top.forEach((n, i) => nodeLines(c, n, 0, [i + 1]));
  if (r.chance(0.4)) {
    c.out.push(...LINKS);
    c.features.add('links');
  }
  const crlf = r.chance(0.15);
  if (crlf) c.features.add('crlf');
  return { text: c.out.join(crlf ? '\r\n' : '\n'), vision, features: [...c.features] };
}
