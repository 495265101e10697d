/**
 * The plan compiler: plan text + metadata → Plan, or errors with line numbers.
 * Pure (no I/O), total (never throws on any input), shared by the CLI and the browser.
 *
 * Reading happens in three phases: the preamble (prose before the 体系, kept as sections;
 * the 基本理念 is read here), the body (the numbered hierarchy), and the postamble (prose
 * and colophon after it). The body is assembled from tokens with the rules in rules.ts.
 */
import { lexLine, type HeadingToken, type Token } from './lex';
import { attach, isParenOnly, isProse, isSubtitle, newDraft, type Draft } from './draft';
import { readTable } from './readTable';
import { readVision } from './readVision';
import { ACTOR_NAME_MAX, ACTOR_RUN_MIN, COLOPHON_RE, DEFAULT_LEVELS, VISION_RE } from './rules';
import type { Actor, Section, Tag } from './schema';

import type { Diagnostic, PlanMeta } from './types';

const MAX_LINE_LENGTH = 5000;

const appendText = (a: string, b: string) => (a ? `${a}\n${b}` : b);
const key = (level: string | null, n: number | undefined) => `${level ?? ''}${n ?? ''}`;
/** A short label repeated through the text (💡 取り組みのキーワード) separates blocks. */
const labelKey = (t: string) => t.replace(/[\p{So}\p{Sk}\p{Cs}\s\uFE0F]/gu, '');

export interface Assembly {
  root: Draft;
  vision: string;
  actors: Actor[];
  sections: Section[];
  hintsUsed: string[];
}

/**
 * The heading reader: plans written with level words, compound codes, list headers and
 * 体系図 tables (the layouts of the seed plans). Lines → tokens → a tree of drafts.
 */
export function assembleHeadings(rawLines: string[], meta: PlanMeta, warnings: Diagnostic[]): Assembly {
  const hintsUsed: string[] = [];
  const hints = meta.hints ?? {};
  const warn = (line: number, message: string) => warnings.push({ line, message });
  let tokens: Token[] = rawLines.map((raw, i) => {
    if (raw.length > MAX_LINE_LENGTH) warn(i + 1, `行が長すぎるため ${MAX_LINE_LENGTH} 文字で切りました。`);
    return lexLine(raw.slice(0, MAX_LINE_LENGTH), i + 1);
  });
  // "1 地域のつながりを育てる" is a heading when bare codes 1-1, 1-2 … hang from it (1-1-1 layouts).
  const prefixes = new Set(tokens.flatMap((t) => (t.kind === 'heading' && !t.level && t.parts.length > 1 && t.scheme === 'num-dash' ? [t.parts[0]] : [])));
  for (const t of tokens) if (t.kind === 'heading' && !t.level && t.parts.length === 1) prefixes.delete(t.parts[0]); // 1. 地域 is already their parent
  if (prefixes.size) {
    tokens = tokens.map((t) => {
      const m = t.kind === 'text' ? t.text.match(/^(\d+)\s+(\S.{0,39})$/) : null;
      return m && prefixes.has(Number(m[1])) && !/[。．]$/.test(m[2]) ? { kind: 'heading', line: t.line, level: null, rank: null, scheme: 'num', parts: [Number(m[1])], code: m[1], title: m[2], tags: (t as { tags: Tag[] }).tags, bullet: false } : t;
    });
  }
  // 第3章 alone is the document's chapter title; chapters form levels only when there are several.
  const chapters = tokens.filter((t) => t.kind === 'heading' && t.scheme === 'chapter').length;
  if (chapters < 2) tokens = tokens.map((t) => (t.kind === 'heading' && t.scheme === 'chapter' ? { kind: 'text', line: t.line, text: `${t.code} ${t.title}`.trim(), tags: t.tags } : t));

  const root = newDraft({ id: 'root', level: '基本理念', line: 0, path: [] }, null);
  root.path = [];
  const sections: Section[] = [];
  const actors: Actor[] = [];
  let vision = '';

  // Short labels that recur are layout, not content (💡 取り組みのキーワード between blocks).
  const labelCount = new Map<string, number>();
  for (const t of tokens) if (t.kind === 'text' && !isProse(t.text)) labelCount.set(labelKey(t.text), (labelCount.get(labelKey(t.text)) ?? 0) + 1);
  const isSeparator = (t: string) => (labelCount.get(labelKey(t)) ?? 0) >= 2 && /取り?組み?|キーワード|ポイント/.test(t);

  // Previews: an unlabelled heading (I. …) that a later labelled heading (基本方針Ⅰ. …) repeats.
  const headings = tokens.filter((t): t is HeadingToken => t.kind === 'heading');
  const previewOf = new Map<number, HeadingToken>();
  headings.forEach((h, i) => {
    if (h.level || h.bullet || !h.parts.length || !['roman', 'paren', 'dot'].includes(h.scheme ?? '')) return;
    const later = headings.slice(i + 1).find((l) => l.level && l.parts.length === 1 && l.parts[0] === h.parts[0] && l.scheme === h.scheme && l.title.startsWith(h.title.slice(0, 6)));
    if (later) previewOf.set(h.line, later);
  });
  const previewText = new Map<number, string>();

  const next = (i: number) => {
    for (let j = i + 1; j < tokens.length; j++) if (tokens[j].kind !== 'blank') return { tok: tokens[j], at: j };
    return null;
  };
  let actorEnd = -1;
  /** Pairs of a short name line and its prose starting at token i: a list of actors and their roles. */
  const actorRun = (i: number): number => {
    let pairs = 0;
    for (let at: number | undefined = i; at !== undefined; ) {
      const name = tokens[at];
      const role = next(at);
      if (name.kind !== 'text' || isProse(name.text) || name.text.length > ACTOR_NAME_MAX || role?.tok.kind !== 'text' || !isProse(role.tok.text)) break;
      pairs++;
      at = next(role.at)?.at;
    }
    return pairs;
  };

  // ---- phase state ----
  let phase: 'pre' | 'body' | 'post' = 'pre';
  let stack: Draft[] = [];
  const top = () => stack[stack.length - 1] ?? root;
  let mode: { kind: 'none' } | { kind: 'children'; owner: Draft; level: string } | { kind: 'field'; owner: Draft } | { kind: 'description'; owner: Draft } = { kind: 'none' };
  let flat: { level: string; items: Draft[]; groups: Draft[][]; line: number } | null = null;
  let prevFlat: Draft[] | null = null;
  const schemeLevel = new Map<string, string>();
  let pending: (string | null)[] = []; // null marks a separator
  let blankRun = 0;
  let lastGap = 0;
  let lastStructural: 'heading' | 'bullet' | 'other' = 'other';
  let awaitingTitle = null as Draft | null;
  let preview = null as HeadingToken | null;
  let extraUsed = 0;
  let blockOwner: Draft | null = null;
  const isAncestor = (a: Draft, d: Draft | null): boolean => (d === null ? false : d === a || isAncestor(a, d.parent));

  const section = (heading: string, line: number) => sections.push({ heading, text: '', line });
  const addSectionText = (t: string, line: number) => {
    if (!sections.length) section('', line);
    const s = sections[sections.length - 1];
    s.text = appendText(s.text, t);
  };

  /** Pending prose goes to `owner`; after a separator, to `lead` (the next block's parent). */
  const flush = (lead?: Draft, from: Draft = top()) => {
    let target: Draft = mode.kind === 'description' ? mode.owner : from;
    // Without a separator, prose right before a block that moved to a new parent leads that block.
    if (lead && !pending.includes(null)) target = lead;
    for (const p of pending) {
      if (p === null) {
        if (lead) target = lead;
        continue;
      }
      if (target === root) addSectionText(p, 0);
      else target.description = appendText(target.description, p);
    }
    pending = [];
  };

  const levelFor = (h: { scheme: string | null }, isBullet: boolean, depth: number): string => {
    const k = isBullet ? 'bullet' : (h.scheme ?? '');
    if (mode.kind === 'children') return mode.level;
    const fromHint = hints.levelNames?.[k];
    if (fromHint) return fromHint;
    const seen = schemeLevel.get(`${k}@${depth}`) ?? (k === 'num-dash' ? undefined : schemeLevel.get(k));
    if (seen) return seen;
    return DEFAULT_LEVELS[Math.min(DEFAULT_LEVELS.length, Math.max(1, depth)) - 1];
  };

  const finishFlat = () => {
    if (!flat) return;
    const { items, groups, level } = flat;
    const parents = prevFlat;
    const hinted = items.filter((d) => hints.parentOf?.[key(level, d.parts[0])]);
    for (const d of items) {
      let parent: Draft = root;
      const h = hints.parentOf?.[key(level, d.parts[0])];
      if (h) {
        parent = parents?.find((p) => key(p.level, p.parts[0]) === h) ?? root;
        if (parent === root) warn(d.line, `ヒント parentOf の「${h}」が見つかりません。`);
      } else if (parents && groups.length === parents.length && groups.length > 1) {
        parent = parents[groups.findIndex((g) => g.includes(d))];
      } else if (parents && parents.length) {
        parent = parents[parents.length - 1];
        warn(d.line, `「${level}${d.code}」の親が本文からは決まりません。最後の「${parent.level}${parent.code}」の下に置きました(メタデータの hints.parentOf で指定できます)。`);
      }
      attach(parent, d);
    }
    if (hinted.length) hintsUsed.push(`hints.parentOf: ${level} ${hinted.length} 件の親をメタデータから設定`);
    else if (parents && groups.length === parents.length && groups.length > 1) hintsUsed.push(`空行のまとまり ${groups.length} 組を ${parents[0].level} ${parents.length} 件に順に対応`);
    prevFlat = items;
    flat = null;
  };

  /** Where a numbered item without a level word goes; handles numbering that restarts per block. */
  const placeItem = (h: HeadingToken): Draft => {
    while (stack.length && !top().level.length) stack.pop();
    // Siblings: pop deeper items of the same scheme (and bullets) until the scheme's parent.
    const same = stack.findLastIndex((d) => d.rank === null && d.scheme === h.scheme);
    if (same >= 0) stack = stack.slice(0, same);
    else while (stack.length && top().rank === null && top().scheme === null) stack.pop();
    let parent = top();
    if (h.parts[0] === 1 && parent !== root && parent.rank !== null) {
      const siblings = parent.parent?.children ?? [];
      const run = siblings.filter((s) => s.level === parent.level);
      const used = parent.children.some((c) => c.scheme === h.scheme);
      const firstEmpty = run.find((s) => !s.children.some((c) => c.scheme === h.scheme));
      if (used || (firstEmpty && firstEmpty !== parent && !parent.children.length)) {
        if (firstEmpty && (used ? run.indexOf(firstEmpty) > run.indexOf(parent) : true)) parent = firstEmpty;
        else if (used) {
          const extra = hints.extraSections?.[extraUsed];
          const host = parent.parent ?? root;
          const d = newDraft({ level: extra?.level ?? '(未分類)', title: extra?.title ?? '(見出しのない項目)', line: h.line, rank: parent.rank }, host);
          attach(host, d);
          extraUsed++;
          if (extra) hintsUsed.push(`hints.extraSections: 「${extra.title}」を ${extra.level} として追加`);
          else warn(h.line, `番号が 1 に戻りましたが、対応する上位項目がありません。「(未分類)」の下に置きました(hints.extraSections で名前を付けられます)。`);
          parent = d;
        }
        stack = [];
        for (let p: Draft | null = parent; p && p !== root; p = p.parent) stack.unshift(p);
      }
    }
    return parent;
  };

  const openHeading = (h: HeadingToken, i: number) => {
    const before = top();
    if (h.level || h.parts.length !== 1 || flat) flush();
    // A bare level word: either a flat list follows (基本目標 / 基本目標1 …) or it is just a heading.
    if (h.level && !h.code && !h.title) {
      const n = next(i);
      if (n && n.tok.kind === 'heading' && (n.tok.level === h.level || (n.tok.bullet && !n.tok.level))) {
        finishFlat();
        flat = { level: h.level, items: [], groups: [], line: h.line };
        phase = 'body';
        return;
      }
      if (phase === 'pre') return void section(h.level, h.line);
      return void warn(h.line, `見出し「${h.level}」だけの行を読み飛ばしました。`);
    }
    phase = 'body';
    if (flat && (h.level === flat.level || (!h.level && h.bullet))) {
      const d = newDraft({ level: flat.level, code: h.code, title: h.title, tags: h.tags, line: h.line, rank: h.rank, scheme: h.scheme, parts: h.parts }, null);
      if (!flat.groups.length || lastGap > 0) flat.groups.push([]);
      flat.groups[flat.groups.length - 1].push(d);
      flat.items.push(d);
      stack = [d];
      if (!h.title) awaitingTitle = d;
      return;
    }
    finishFlat();
    const later = previewOf.get(h.line);
    if (later) {
      preview = later;
      return;
    }
    let parent: Draft;
    if (h.parts.length > 1) {
      // A compound code names its parent: (2)－1 and 重点目標 2-(1) go under the node numbered 2.
      const prefix = h.parts.slice(0, -1).join('.');
      const all: Draft[] = [];
      const visit = (d: Draft) => (all.push(d), d.children.forEach(visit));
      root.children.forEach(visit);
      const fits = (d: Draft) => (d.scheme !== h.scheme || d.parts.length < h.parts.length) && (h.rank === null || d.rank === null || d.rank < h.rank);
      const found = all.filter((d) => fits(d) && d.path.join('.') === prefix).pop()
        ?? stack.filter((d) => fits(d) && d.path.slice(1 - h.parts.length).join('.') === prefix).pop();
      if (!found) warn(h.line, `「${h.code}」の親「${prefix}」が見つからないため、直前の項目の下に置きました。`);
      if (found) {
        stack = [];
        for (let p: Draft | null = found; p && p !== root; p = p.parent) stack.unshift(p);
      }
      parent = top();
    } else if (h.rank !== null) {
      while (stack.length && (top().rank === null || (top().rank as number) >= h.rank)) stack.pop();
      parent = top();
    } else {
      parent = placeItem(h);
    }
    const moved = parent !== before && !isAncestor(parent, before) && pending.length > 0;
    flush(moved ? parent : undefined, before);
    // Table + detail: the same numbered heading again reopens the node.
    const existing = parent.children.find((c) => c.level === (h.level ?? c.level) && c.parts.length && c.parts[c.parts.length - 1] === h.parts[h.parts.length - 1] && (h.level !== null || c.scheme === h.scheme));
    const isNew = !existing || !h.parts.length;
    const level = h.level ?? levelFor(h, false, parent.path.length + 1);
    const depthKey = `${h.scheme}@${parent.path.length + 1}`;
    if (!h.level && mode.kind !== 'children' && !hints.levelNames?.[h.scheme ?? ''] && !schemeLevel.has(h.scheme ?? '') && !schemeLevel.has(depthKey)) {
      warn(h.line, `「${h.code}」の階層名が本文にないため「${level}」としました(hints.levelNames で指定できます)。`);
    }
    if (h.scheme && !h.level) {
      if (!schemeLevel.has(h.scheme)) schemeLevel.set(h.scheme, level);
      if (!schemeLevel.has(depthKey)) schemeLevel.set(depthKey, level);
    }
    let d: Draft;
    if (!isNew && existing) {
      d = existing;
      if (h.title && d.title !== h.title) {
        d.altTitle = h.title;
        warn(h.line, `「${d.title}」(${d.line} 行目)がここでは「${h.title}」と書かれています。体系図の表記を使い、別表記を altTitle に残しました。`);
      }
      if (h.code.length > d.code.length) d.code = h.code;
      for (const t of h.tags) if (!d.tags.includes(t)) d.tags.push(t);
    } else {
      let title = h.title;
      let subtitle: string | undefined;
      const sub = h.level ? title.match(/^(.+?)[(（]([^()（）]+)[)）]$/) : null;
      if (sub) [title, subtitle] = [sub[1], sub[2]];
      d = attach(parent, newDraft({ level, code: h.code, title, tags: h.tags, line: h.line, rank: h.rank, scheme: h.scheme, parts: h.parts }, parent));
      if (!h.level && mode.kind !== 'children' && !hints.levelNames?.[h.scheme ?? '']) d.guessed = true;
      if (subtitle) d.subtitle = subtitle;
      const pre = previewText.get(h.line);
      if (pre) d.description = pre;
      if (!title) awaitingTitle = d;
    }
    stack = [];
    for (let p: Draft | null = d; p && p !== root; p = p.parent) stack.unshift(p);
    if (mode.kind !== 'children' || h.level) mode = { kind: 'none' };
  };

  const onTable = (i: number) => {
    const r = readTable(tokens, i, root, warn);
    if (r.levels) {
      phase = 'body';
      hintsUsed.push(`${tokens[i].line} 行目の体系図の表(${r.levels.join('・')})を骨組みにしました`);
    }
    return r.end;
  };

  const onVision = (from: number): number => {
    const r = readVision(tokens, from);
    vision = r.vision;
    if (r.description) root.description = r.description;
    return r.end;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'blank') {
      blankRun++;
      if (preview && previewText.has(preview.line)) preview = null;
      continue;
    }
    const gap = blankRun;
    lastGap = gap;
    blankRun = 0;

    if (phase === 'post') {
      if (t.kind === 'text' || t.kind === 'bullet') {
        const n = next(i);
        if (!isProse(t.text) && n?.tok.kind === 'text' && isProse(n.tok.text)) section(t.text, t.line);
        else addSectionText(t.text, t.line);
      } else if (t.kind === 'heading') {
        warn(t.line, `体系の後の番号付きの行「${t.code} ${t.title}」を本文として残しました。`);
        addSectionText(`${t.code} ${t.title}`.trim(), t.line);
      }
      continue;
    }

    if (t.kind === 'text' && (VISION_RE.test(t.text) || (hints.vision && t.text === hints.vision))) {
      if (!VISION_RE.test(t.text)) hintsUsed.push(`hints.vision: ${t.line} 行目「${t.text}」を基本理念として読みました`);
      i = onVision(VISION_RE.test(t.text) ? i + 1 : i);
      continue;
    }

    if (t.kind === 'table') {
      flush();
      finishFlat();
      i = onTable(i);
      continue;
    }

    if (t.kind === 'heading') {
      openHeading(t, i);
      lastStructural = 'heading';
      continue;
    }

    if (phase === 'pre') {
      if (t.kind === 'text' || t.kind === 'bullet') {
        const n = next(i);
        if (!isProse(t.text) && n?.tok.kind === 'text' && isProse(n.tok.text)) section(t.text, t.line);
        else addSectionText(t.text, t.line);
      } else if (t.kind === 'header') section(t.label, t.line);
      continue;
    }

    // ---- body ----
    if (t.kind === 'header') {
      flush();
      finishFlat();
      const owner = top();
      if (t.header.kind === 'children') {
        mode = { kind: 'children', owner, level: t.label };
      } else if (t.header.kind === 'field') {
        // A residents' list closes the block that its 現状と課題 opened (桶川: the 重点目標).
        mode = { kind: 'field', owner: blockOwner && isAncestor(blockOwner, owner) ? blockOwner : owner };
      } else {
        blockOwner = owner;
        mode = { kind: 'description', owner };
      }
      continue;
    }

    if (t.kind === 'bullet') {
      if (mode.kind === 'field') {
        (mode.owner.residents ??= []).push(t.text);
        continue;
      }
      flush();
      finishFlat();
      while (stack.length && top().rank === null && top().scheme === null) stack.pop();
      const owner = mode.kind === 'children' ? mode.owner : top();
      if (owner === root) {
        warn(t.line, `箇条書き「${t.text}」の親が見つからないため、最上位に置きました。`);
      }
      const level = levelFor({ scheme: null }, true, owner.path.length + 1);
      if (mode.kind !== 'children' && !hints.levelNames?.bullet && !schemeLevel.has('bullet')) {
        warn(t.line, `箇条書きの階層名が本文にないため「${level}」としました(hints.levelNames.bullet で指定できます)。`);
      }
      schemeLevel.set('bullet', level);
      const b = attach(owner, newDraft({ level, title: t.text, tags: t.tags, line: t.line }, owner));
      if (mode.kind !== 'children' && !hints.levelNames?.bullet) b.guessed = true;
      lastStructural = 'bullet';
      continue;
    }

    // text in the body
    const txt = t.text;
    if (txt.startsWith('※')) {
      (top().notes ??= []).push(txt);
      continue;
    }
    if (awaitingTitle && !isProse(txt)) {
      awaitingTitle.title = txt;
      awaitingTitle = null;
      continue;
    }
    awaitingTitle = null;
    if (isSubtitle(txt) && top() !== root && !top().subtitle && !pending.length) {
      top().subtitle = txt.replace(/^[～〜~]|[～〜~]$/g, '');
      continue;
    }
    if (preview) {
      if (gap > 0 && previewText.has(preview.line)) preview = null;
      else {
        if (!isParenOnly(txt)) previewText.set(preview.line, appendText(previewText.get(preview.line) ?? '', txt));
        else previewText.set(preview.line, previewText.get(preview.line) ?? '');
        continue;
      }
    }
    if (isSeparator(txt)) {
      pending.push(null);
      continue;
    }
    if (!isProse(txt)) {
      // Colophon or a closing section ends the 体系.
      let endsBody = false;
      for (let j = i; j < tokens.length; j++) {
        const u = tokens[j];
        if (u.kind === 'blank') continue;
        if (u.kind !== 'text') break;
        if (COLOPHON_RE.test(u.text)) endsBody = true;
        if (endsBody || isProse(u.text)) break;
      }
      const n = next(i);
      const role = n?.tok.kind === 'text' && isProse(n.tok.text) && (actorRun(i) >= ACTOR_RUN_MIN || (actorEnd >= 0 && next(actorEnd)?.at === i)) ? n : null;
      if (role && role.tok.kind === 'text') {
        actors.push({ name: txt, role: role.tok.text });
        i = actorEnd = role.at;
        continue;
      }
      if (actors.length && txt.length <= 10 && !/[すう]$/.test(txt)) {
        actors.push({ name: txt, role: '' });
        continue;
      }
      if (endsBody || (n?.tok.kind === 'text' && isProse(n.tok.text) && gap > 0 && !pending.length)) {
        flush();
        finishFlat();
        phase = 'post';
        section(endsBody ? '奥付' : txt, t.line);
        if (!endsBody) continue;
        addSectionText(txt, t.line);
        continue;
      }
      if (/^\d+\s/.test(txt) && (n?.tok.kind === 'heading' || n?.tok.kind === 'table')) {
        warn(t.line, `見出し「${txt}」を読み飛ばしました(階層ではない章見出し)。`);
        continue;
      }
      if (top() !== root) {
        (top().notes ??= []).push(txt);
        warn(t.line, `「${txt}」は番号も文末もない短い行のため、「${top().title}」の注記として残しました。`);
      } else addSectionText(txt, t.line);
      continue;
    }
    // Prose after a bullet list, set apart by blank lines, sums up the top-level block (木更津).
    if (lastStructural === 'bullet' && gap >= 2 && mode.kind === 'none' && stack.length) {
      const block = stack[0];
      block.description = appendText(block.description, txt);
      continue;
    }
    pending.push(txt);
  }
  flush();
  finishFlat();

  return { root, vision, actors, sections, hintsUsed };
}
