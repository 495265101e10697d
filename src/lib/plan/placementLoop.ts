/**
 * The one placement loop: the tree of drafts built from the token view, whichever way of
 * reading placed its nodes, in three phases: the preamble (prose before the hierarchy, kept as
 * sections), the body (the hierarchy), and the postamble (prose and colophon after it).
 *
 * Nodes come from one of two resolutions of the evidence (build.ts makes one candidate of each):
 * - the heading rows as they come: level words and their ranks, compound codes, list headers,
 *   体系図 tables, bullets; where a numbered item goes is decided by placeItem.ts, flat lists
 *   are nested by nestFlatList.ts;
 * - a given structure: the family rows resolved into placements (resolveFamilies.ts), placed at
 *   their depth, with the end of the hierarchy they give.
 * Everything else is attached once, the same way for both: descriptions, notes, residents'
 * lists, actors, sections. What differs is what each resolution settles itself: a given
 * structure brings its titles and subtitles, where the hierarchy ends and the line model's page
 * furniture; the heading way reads those here as it goes. One object holds the open path (stack),
 * the current list mode and the prose waiting for its owner; each kind of token has its own
 * small method, and each decision is recorded per line as it is made.
 */
import { attach, isParenOnly, isProse, isSubtitle, newDraft, stripSubtitle } from './draft';
import { matchNumbering } from './lex';
import type { Analyzer } from './lineModel';
import { halfWidthAscii } from '../text/width';
import { nestFlatList } from './nestFlatList';
import { compoundParent, placeItem, reopen } from './placeItem';
import {
  demoteFurniture,
  demoteLoneChapter,
  findPreviews,
  lexLines,
  promoteDashParents,
  rankNewWords,
  recurringLabels,
} from './prepareTokens';
import { readTable } from './readTable';
import { continueTitle, endsMidPhrase, splitSubtitle } from './continuation';
import {
  ACTOR_NAME_MAX,
  ACTOR_NAME_ONLY_MAX,
  ACTOR_RUN_MIN,
  COLOPHON_RE,
  DEFAULT_LEVELS,
  VISION_RE,
  type RuleId,
} from './rules';
import type { Actor, Section, Tag } from './schema';
import { draftsInOrder } from './draft';
import { headingRule } from './evidence';
import type {
  Assembly,
  Diagnostic,
  Draft,
  FlatList,
  Given,
  HeadingToken,
  LineRole,
  Mark,
  Place,
  Placement,
  PlanHints,
  PlanMeta,
  Token,
} from './types';

/** The vision read before the tree: its text, subtitle, explanation, and the source lines (1-based) they came from. */
export interface VisionLines {
  text: string;
  subtitle: string;
  description: string;
  lines: Set<number>;
}

/** How sure a recorded decision is: an item the text names, one whose level name is a guess, the rest. */
const ITEM_CONFIDENCE = 0.9;
const GUESSED_CONFIDENCE = 0.6;
const RECORDED_CONFIDENCE = 0.8;
const GIVEN_TITLE_CONFIDENCE = 0.7;
const FURNITURE_CONFIDENCE = 0.9;

/** A sentence's polite ending (…します, …です): a short line so ended is a description, not a note. */
const POLITE_END_RE = /(ます|です)$/;

type Mode =
  | { kind: 'none' }
  | { kind: 'children'; owner: Draft; level: string }
  | { kind: 'field'; owner: Draft }
  | { kind: 'description'; owner: Draft };

const appendText = (a: string, b: string) => (a ? `${a}\n${b}` : b);
function isAncestor(a: Draft, d: Draft | null): boolean {
  for (let n = d; n; n = n.parent) if (n === a) return true;
  return false;
}

/**
 * Children by number, so a heading that repeats a numbered node (table + detail) finds it
 * without scanning its siblings: by level word and number, or by scheme and number.
 * Indexed as children are added, whoever adds them.
 */
class ChildIndex {
  private readonly byParent = new WeakMap<Draft, { seen: number; keys: Map<string, Draft> }>();

  find(parent: Draft, h: HeadingToken): Draft | undefined {
    let e = this.byParent.get(parent);
    if (!e) this.byParent.set(parent, (e = { seen: 0, keys: new Map() }));
    for (; e.seen < parent.children.length; e.seen++) {
      const c = parent.children[e.seen];
      if (!c.parts.length) continue;
      const n = c.parts[c.parts.length - 1];
      for (const k of [`L${c.level}|${n}`, `S${c.scheme}|${n}`]) if (!e.keys.has(k)) e.keys.set(k, c);
    }
    const n = h.parts[h.parts.length - 1];
    return e.keys.get(h.level !== null ? `L${h.level}|${n}` : `S${h.scheme}|${n}`);
  }
}

class PlacementLoop {
  readonly root = newDraft({ id: 'root', level: '基本理念', line: 0, path: [] }, null);
  readonly sections: Section[] = [];
  readonly actors: Actor[] = [];
  readonly hintsUsed: string[] = [];
  vision = '';
  /** The last line a node's title or subtitle was read from, when it is not the node's own line. */
  private readonly titleEnd = new Map<Draft, number>();
  visionSubtitle = '';
  private phase: 'pre' | 'body' | 'post' = 'pre';
  private place: Place;
  private mode: Mode = { kind: 'none' };
  private flat: FlatList | null = null;
  private prevFlat: Draft[] | null = null;
  private readonly schemeLevel = new Map<string, string>();
  private readonly usedLevelNames = new Set<string>();
  private readonly childIndex = new ChildIndex();
  /** What was decided about each source line, as it was decided: the explanation (explainLines.ts). */
  readonly marks = new Map<number, Mark>();
  /** Prose waiting for its owner, with its source line; null marks a separator. */
  private pending: ({ text: string; line: number } | null)[] = [];
  private blankRun = 0;
  /** The prose after the hierarchy starts a section of its own, never the preamble's last. */
  private freshSection = false;
  private gap = 0;
  private lastStructural: 'heading' | 'bullet' | 'other' = 'other';
  private awaitingTitle: Draft | null = null;
  private preview: HeadingToken | null = null;
  private readonly previewText = new Map<number, string>();
  private blockOwner: Draft | null = null;
  private actorEnd = -1;
  private readonly previewOf: Map<number, HeadingToken>;
  private readonly isSeparator: (text: string) => boolean;
  /** How sure the family rows were of the nodes they placed (given mode). */
  private readonly givenConfidence = new WeakMap<Draft, number>();

  constructor(
    private readonly tokens: Token[],
    private readonly hints: PlanHints,
    private readonly warn: (line: number, message: string) => void,
    private readonly visionAt: VisionLines | null = null,
    /** The structure the family rows resolved (resolveFamilies.ts): placed as given, everything else attached to it. */
    private readonly given: Given | null = null,
    /** The source lines, for the text of a line kept as prose when its token is something else. */
    private readonly source: readonly string[] = [],
    /** Source lines the line model calls page furniture, with the rule. */
    private readonly furniture: ReadonlyMap<number, RuleId> = new Map(),
  ) {
    this.root.path = [];
    if (visionAt)
      [this.vision, this.visionSubtitle, this.root.description] = [
        visionAt.text,
        visionAt.subtitle,
        visionAt.description,
      ];
    this.place = { root: this.root, stack: [], extraUsed: 0 };
    this.previewOf = findPreviews(tokens);
    this.isSeparator = recurringLabels(tokens);
  }

  private get top(): Draft {
    return this.place.stack[this.place.stack.length - 1] ?? this.root;
  }

  private next(i: number): { tok: Token; at: number } | null {
    for (let j = i + 1; j < this.tokens.length; j++)
      if (this.tokens[j].kind !== 'blank') return { tok: this.tokens[j], at: j };
    return null;
  }

  run(): Assembly {
    for (let i = 0; i < this.tokens.length; i++) i = this.onToken(this.tokens[i], i);
    this.flush();
    this.finishFlat();
    for (const k of this.usedLevelNames)
      this.hintsUsed.push(`hints.levelNames: 番号「${k}」の階層名を「${this.hints.levelNames![k]}」としました`);
    // A node's own line explains it, with the rule that made it (several nodes on one 体系図 row: the last).
    for (const d of draftsInOrder(this.root).slice(1)) if (d.line) this.recordItem(d);
    return {
      root: this.root,
      vision: this.vision,
      visionSubtitle: this.visionSubtitle,
      actors: this.actors,
      sections: this.sections,
      hintsUsed: this.hintsUsed,
      marks: this.marks,
    };
  }

  /** Records what was decided about a source line, with the rules-table row that decided it. */
  private record(line: number, role: LineRole, rule: RuleId, node?: Draft, confidence = RECORDED_CONFIDENCE): void {
    if (line > 0) this.marks.set(line, { role, rule, confidence, ...(node && node !== this.root ? { node } : {}) });
  }

  private recordItem(d: Draft): void {
    const rule =
      d.rule ??
      (d.parts.length > 1
        ? 'heading.compound-code'
        : d.rank !== null
          ? 'heading.level-word'
          : d.scheme
            ? 'family.numbered'
            : 'bullet.child');
    const confidence = this.givenConfidence.get(d) ?? (d.guessed ? GUESSED_CONFIDENCE : ITEM_CONFIDENCE);
    this.record(d.line, 'item', rule, d, confidence);
  }

  /** Handles token i; returns the index of the last token it consumed. */
  private onToken(t: Token, i: number): number {
    if (t.kind === 'blank') {
      this.blankRun++;
      if (this.preview && this.previewText.has(this.preview.line)) this.preview = null;
      return i;
    }
    if (this.isFurniture(t.line)) {
      // Skipped like a blank line: page numbers, links, a table of contents, contacts inside the plan.
      this.blankRun++;
      return (this.record(t.line, 'skipped', this.furniture.get(t.line)!, undefined, FURNITURE_CONFIDENCE), i);
    }
    this.gap = this.blankRun;
    this.blankRun = 0;
    if (this.given) return this.onGivenToken(t, i);
    if (this.visionAt?.lines.has(t.line)) return i;
    if (this.phase === 'post') return (this.onPost(t, i), i);
    if (this.isVision(t)) return i;
    if (t.kind === 'table') return this.onTable(i);
    if (t.kind === 'heading') {
      this.openHeading(t, i);
      this.lastStructural = 'heading';
      return i;
    }
    if (this.phase === 'pre') return (this.onPre(t, i), i);
    if (t.kind === 'header') return (this.onHeader(t), i);
    if (t.kind === 'bullet') return (this.onBullet(t), i);
    return t.kind === 'text' ? this.onText(t.text, t.line, i) : i;
  }

  /**
   * Page furniture by the line model; a contact (the council's address) around the plan is kept
   * with the prose, and a chapter list (第N章) is left to the heading way, which may read it as levels.
   */
  private isFurniture(line: number): boolean {
    const rule = this.furniture.get(line);
    if (rule === 'back.chapter-list') return !!this.given;
    const around = this.phase !== 'body' || (!!this.given && line >= this.given.end);
    return !!rule && !(rule === 'furniture.contact' && around);
  }

  /** The vision was read once, before the tree (vision.ts): its lines, and any other vision label, are not the tree's. */
  private isVision(t: Token): boolean {
    return !!this.visionAt?.lines.has(t.line) || (t.kind === 'text' && VISION_RE.test(t.text));
  }

  // ---- a given structure (the family rows resolved: resolveFamilies.ts) ----

  /** Where the structure is given: a node's line places it, a title line continues it, anything else is text. */
  private onGivenToken(t: Token, i: number): number {
    const given = this.given!;
    // Nodes first, before the vision's lines: items written inline may stand in the paragraph that explains the vision.
    const nodes = given.nodes.get(t.line);
    if (nodes) {
      // The line's marks (【重点】, (再掲) …) are its node's when it holds one.
      const tags = nodes.length === 1 && 'tags' in t ? t.tags : [];
      for (const p of nodes)
        if ('text' in p) this.onGivenText(p, t.line, i);
        else this.openGiven(p, t.line, tags);
      this.lastStructural = 'heading';
      return i;
    }
    if (this.visionAt?.lines.has(t.line)) return i;
    if (t.line >= given.end && this.phase !== 'post') this.endBody();
    if (this.phase === 'post') return (this.onPost(t, i), i);
    if (this.isVision(t)) return i;
    const title = given.titles.get(t.line);
    if (title) return (this.record(t.line, 'title', title, this.top, GIVEN_TITLE_CONFIDENCE), i);
    // Numbered lines, table rows and bullets the structure did not take are text; a residents' list stays one.
    const u: Token =
      t.kind === 'heading' || t.kind === 'table' || (t.kind === 'bullet' && this.mode.kind !== 'field')
        ? { kind: 'text', line: t.line, text: this.sourceText(t.line), tags: [] }
        : t;
    if (this.phase === 'pre') return (this.onPre(u, i), i);
    if (u.kind === 'header') return (this.onHeader(u), i);
    if (u.kind === 'bullet') return (this.onBullet(u), i);
    return u.kind === 'text' ? this.onText(u.text, u.line, i) : i;
  }

  private sourceText(line: number): string {
    return (this.source[line - 1] ?? '').replace(/\t+/g, ' ').trim();
  }

  /** A node the structure gives: placed at its depth under the open path, prose before it flushed to its owner. */
  private openGiven(p: Placement, line: number, tags: Tag[]): void {
    this.phase = 'body';
    this.flush();
    const { stack } = this.place;
    while (stack.length >= p.depth) stack.pop();
    const parent = this.top;
    const d = attach(
      parent,
      newDraft({ level: p.level, code: p.code, title: p.title, tags, line, rank: p.depth, parts: p.parts }, parent),
    );
    if (p.subtitle) d.subtitle = p.subtitle;
    if (p.guessed) this.noteGuessedLevel(d, line);
    d.rule = p.rule;
    this.givenConfidence.set(d, p.confidence);
    stack.push(d);
    this.mode = { kind: 'none' };
    this.recordItem(d);
  }

  /** Text beside nodes on one source line: a section before or after the hierarchy, else the nodes' prose. */
  private onGivenText(p: { text: string; post: boolean }, line: number, i: number): void {
    if (p.post && this.phase !== 'post') this.endBody();
    if (this.phase === 'body') this.onText(p.text, line, i);
    else this.sectionLine(p.text, line, i);
  }

  /** A level name the text does not give (a given structure's default): said once per depth, as the heading way says it. */
  private noteGuessedLevel(d: Draft, line: number): void {
    d.guessed = true;
    const key = `given@${d.path.length}`;
    if (this.schemeLevel.has(key)) return;
    this.schemeLevel.set(key, d.level);
    this.warn(
      line,
      `「${d.code}」の階層の名前が本文にないため、「${d.level}」としました。違っていたら、取込画面で直してください。`,
    );
  }

  /** The hierarchy has ended: what follows is prose kept as sections. */
  private endBody(): void {
    this.flush();
    this.finishFlat();
    this.phase = 'post';
    this.freshSection = true;
  }

  // ---- sections (prose around the hierarchy) ----

  private section(heading: string, line: number): void {
    this.freshSection = false;
    this.sections.push({ heading, text: '', line });
    this.record(line, 'prose', 'prose.section');
  }

  private addSectionText(t: string, line: number): void {
    if (!this.sections.length || this.freshSection) this.section('', line);
    this.record(line, 'prose', 'prose.section');
    const s = this.sections[this.sections.length - 1];
    s.text = appendText(s.text, t);
  }

  /** A short line followed by prose opens a section; anything else continues it. */
  private sectionLine(text: string, line: number, i: number): void {
    const n = this.next(i);
    if (!isProse(text) && n?.tok.kind === 'text' && isProse(n.tok.text)) this.section(text, line);
    else this.addSectionText(text, line);
  }

  private onPre(t: Token, i: number): void {
    if (t.kind === 'text' || t.kind === 'bullet') this.sectionLine(t.text, t.line, i);
    else if (t.kind === 'header') this.section(t.label, t.line);
  }

  private onPost(t: Token, i: number): void {
    if (t.kind === 'text' || t.kind === 'bullet') this.sectionLine(t.text, t.line, i);
    // A list header or a table row after the hierarchy is prose too, as written.
    else if (t.kind === 'header' || t.kind === 'table') this.sectionLine(this.sourceText(t.line), t.line, i);
    else if (t.kind === 'heading') {
      this.warn(
        t.line,
        `計画の体系の後にある番号付きの行「${`${t.code} ${t.title}`.trim()}」は、項目ではなく本文として残しました。`,
      );
      this.addSectionText(`${t.code} ${t.title}`.trim(), t.line);
    }
  }

  private onTable(i: number): number {
    this.flush();
    this.finishFlat();
    const r = readTable(this.tokens, i, this.root, this.warn);
    for (let j = i; j <= r.end; j++)
      if (this.tokens[j].kind === 'table') this.record(this.tokens[j].line, 'label', 'table.hierarchy');
    if (r.levels) {
      this.phase = 'body';
      this.hintsUsed.push(`${this.tokens[i].line} 行目の体系図の表(${r.levels.join('・')})を骨組みにしました`);
    }
    return r.end;
  }

  // ---- prose waiting for its owner ----

  /** Pending prose goes to the current owner; after a separator, to `lead` (the next block's parent). */
  private flush(lead?: Draft, from: Draft = this.top): void {
    let target: Draft = this.mode.kind === 'description' ? this.mode.owner : from;
    // Without a separator, prose right before a block that moved to a new parent leads that block.
    if (lead && !this.pending.includes(null)) target = lead;
    for (const p of this.pending) {
      if (p === null) {
        if (lead) target = lead;
        continue;
      }
      if (target === this.root) this.addSectionText(p.text, p.line);
      else {
        target.description = appendText(target.description, p.text);
        this.record(p.line, 'description', 'prose.description', target);
      }
    }
    this.pending = [];
  }

  // ---- level names ----

  private levelFor(scheme: string | null, isBullet: boolean, depth: number): string {
    const k = isBullet ? 'bullet' : (scheme ?? '');
    if (this.mode.kind === 'children') return this.mode.level;
    const fromHint = this.hints.levelNames?.[k];
    if (fromHint) return (this.usedLevelNames.add(k), fromHint);
    const seen = this.schemeLevel.get(`${k}@${depth}`) ?? (k === 'num-dash' ? undefined : this.schemeLevel.get(k));
    if (seen) return seen;
    return DEFAULT_LEVELS[Math.min(DEFAULT_LEVELS.length, Math.max(1, depth)) - 1];
  }

  /** Records the level an unnamed scheme got, warning the first time it is a guess. */
  private noteSchemeLevel(h: HeadingToken, level: string, depth: number): boolean {
    if (h.level) return false;
    const depthKey = `${h.scheme}@${depth}`;
    const named = this.mode.kind === 'children' || !!this.hints.levelNames?.[h.scheme ?? ''];
    if (!named && !this.schemeLevel.has(h.scheme ?? '') && !this.schemeLevel.has(depthKey)) {
      this.warn(
        h.line,
        `「${h.code}」の階層の名前が本文にないため、「${level}」としました。違っていたら、取込画面で直してください。`,
      );
    }
    if (h.scheme) {
      if (!this.schemeLevel.has(h.scheme)) this.schemeLevel.set(h.scheme, level);
      if (!this.schemeLevel.has(depthKey)) this.schemeLevel.set(depthKey, level);
    }
    return !named;
  }

  // ---- headings ----

  private finishFlat(): void {
    if (!this.flat) return;
    this.hintsUsed.push(...nestFlatList(this.flat, this.prevFlat, this.root, this.hints, this.warn));
    this.prevFlat = this.flat.items;
    this.flat = null;
  }

  /** A bare level word: either a flat list follows (基本目標 / 基本目標1 …) or it is just a heading. */
  private openBareLevel(h: HeadingToken & { level: string }, i: number): void {
    const n = this.next(i);
    if (n && n.tok.kind === 'heading' && (n.tok.level === h.level || (n.tok.bullet && !n.tok.level))) {
      this.finishFlat();
      this.flat = { level: h.level, items: [], groups: [], line: h.line };
      this.phase = 'body';
      return this.record(h.line, 'label', 'family.list');
    }
    if (this.phase === 'pre') this.section(h.level, h.line);
    else {
      this.record(h.line, 'skipped', 'heading.level-word');
      this.warn(h.line, `「${h.level}」だけの行は、項目の名前がないため読み飛ばしました。`);
    }
  }

  private addToFlat(flat: FlatList, h: HeadingToken): void {
    const { title, subtitle } = splitSubtitle(h.title);
    const d = newDraft(
      {
        level: flat.level,
        code: h.code,
        title,
        ...(subtitle ? { subtitle } : {}),
        tags: h.tags,
        line: h.line,
        rank: h.rank,
        scheme: h.scheme,
        parts: h.parts,
      },
      null,
    );
    if (!flat.groups.length || this.gap > 0) flat.groups.push([]);
    flat.groups[flat.groups.length - 1].push(d);
    flat.items.push(d);
    d.rule = 'family.numbered';
    this.recordItem(d);
    this.place.stack = [d];
    if (!h.title) this.awaitingTitle = d;
  }

  private parentFor(h: HeadingToken): Draft {
    if (h.parts.length > 1) return compoundParent(this.place, h, this.warn);
    if (h.rank !== null) {
      const { stack } = this.place;
      while (stack.length && (this.top.rank === null || (this.top.rank as number) >= h.rank)) stack.pop();
      return this.top;
    }
    const r = placeItem(this.place, h, this.hints, this.warn);
    if (r.hint) this.hintsUsed.push(r.hint);
    return r.parent;
  }

  private openHeading(h: HeadingToken, i: number): void {
    const before = this.top;
    if (h.level || h.parts.length !== 1 || this.flat) this.flush();
    if (h.level && !h.code && !h.title) return this.openBareLevel(h as HeadingToken & { level: string }, i);
    this.phase = 'body';
    if (this.flat && (h.level === this.flat.level || (!h.level && h.bullet))) return this.addToFlat(this.flat, h);
    this.finishFlat();
    const later = this.previewOf.get(h.line);
    if (later) return void ((this.preview = later), this.record(h.line, 'label', 'family.repeat'));
    const parent = this.parentFor(h);
    // A list under a header (【主な取組】) ends where a heading goes back above its owner.
    if (this.mode.kind === 'children' && !isAncestor(this.mode.owner, parent)) this.mode = { kind: 'none' };
    const moved = parent !== before && !isAncestor(parent, before) && this.pending.length > 0;
    this.flush(moved ? parent : undefined, before);
    const d = this.existingOrNew(h, parent);
    reopen(this.place, d);
    if (this.mode.kind !== 'children' || h.level) this.mode = { kind: 'none' };
  }

  /** Table + detail: the same numbered heading again reopens the node; otherwise a new node. */
  private existingOrNew(h: HeadingToken, parent: Draft): Draft {
    const existing = h.parts.length ? this.childIndex.find(parent, h) : undefined;
    const depth = parent.path.length + 1;
    const level = h.level ?? this.levelFor(h.scheme, false, depth);
    const guessed = this.noteSchemeLevel(h, level, depth);
    if (existing) return this.mergeInto(existing, h);
    const { title, subtitle } = splitSubtitle(h.title);
    const d = attach(
      parent,
      newDraft(
        { level, code: h.code, title, tags: h.tags, line: h.line, rank: h.rank, scheme: h.scheme, parts: h.parts },
        parent,
      ),
    );
    if (guessed) d.guessed = true;
    d.rule = this.ruleFor(h);
    if (subtitle) d.subtitle = subtitle;
    const pre = this.previewText.get(h.line);
    if (pre) d.description = pre;
    if (!title) this.awaitingTitle = d;
    this.recordItem(d);
    return d;
  }

  /** The rules-table row that placed a heading. */
  private ruleFor(h: HeadingToken): RuleId {
    if (h.parts.length > 1 || h.level) return headingRule(h);
    if (this.mode.kind === 'children') return 'list-header.children';
    return h.parts[0] === 1 && this.place.stack.length > 1 ? 'heading.restart' : 'family.numbered';
  }

  private mergeInto(d: Draft, h: HeadingToken): Draft {
    if (h.title && d.title !== h.title) {
      d.altTitle = h.title;
      this.warn(
        h.line,
        `「${d.title}」(${d.line} 行目)が、ここでは「${h.title}」と書かれています。体系図の書き方を使い、こちらの書き方は別名として残しました。`,
      );
    }
    if (h.code.length > d.code.length) d.code = h.code;
    for (const t of h.tags) if (!d.tags.includes(t)) d.tags.push(t);
    this.record(h.line, 'item', 'family.repeat', d);
    return d;
  }

  // ---- list headers and bullets ----

  private onHeader(t: Token & { kind: 'header' }): void {
    this.flush();
    this.finishFlat();
    const owner = this.top;
    this.record(
      t.line,
      'label',
      t.header.kind === 'children'
        ? 'list-header.children'
        : t.header.kind === 'field'
          ? 'list-header.residents'
          : 'list-header.description',
      owner,
    );
    if (t.header.kind === 'children') this.mode = { kind: 'children', owner, level: t.label };
    else if (t.header.kind === 'field') {
      // A residents' list closes the block that its 現状と課題 opened.
      this.mode = {
        kind: 'field',
        owner: this.blockOwner && isAncestor(this.blockOwner, owner) ? this.blockOwner : owner,
      };
    } else {
      this.blockOwner = owner;
      this.mode = { kind: 'description', owner };
    }
  }

  private onBullet(t: Token & { kind: 'bullet' }): void {
    if (this.mode.kind === 'field')
      return void (
        (this.mode.owner.residents ??= []).push(t.text),
        this.record(t.line, 'residents', 'list-header.residents', this.mode.owner)
      );
    this.flush();
    this.finishFlat();
    const { stack } = this.place;
    while (stack.length && this.top.rank === null && this.top.scheme === null) stack.pop();
    const owner = this.mode.kind === 'children' ? this.mode.owner : this.top;
    if (owner === this.root)
      this.warn(t.line, `箇条書き「${t.text}」の上の項目が見つからないため、いちばん上の階層に置きました。`);
    const level = this.levelFor(null, true, owner.path.length + 1);
    const named = this.mode.kind === 'children' || !!this.hints.levelNames?.bullet;
    if (!named && !this.schemeLevel.has('bullet'))
      this.warn(
        t.line,
        `箇条書きの階層の名前が本文にないため、「${level}」としました。違っていたら、取込画面で直してください。`,
      );
    this.schemeLevel.set('bullet', level);
    const b = attach(owner, newDraft({ level, title: t.text, tags: t.tags, line: t.line }, owner));
    if (!named) b.guessed = true;
    b.rule = this.mode.kind === 'children' ? 'list-header.children' : 'bullet.child';
    this.recordItem(b);
    this.lastStructural = 'bullet';
  }

  // ---- text in the body ----

  /** Handles a text line in the body; returns the index of the last token consumed. */
  private onText(txt: string, line: number, i: number): number {
    if (txt.startsWith('※'))
      return (void ((this.top.notes ??= []).push(txt), this.record(line, 'note', 'prose.note', this.top)), i);
    if (this.awaitingTitle && !isProse(txt)) {
      this.awaitingTitle.title = txt;
      this.record(line, 'title', 'title.continuation', this.awaitingTitle);
      this.awaitingTitle = null;
      return i;
    }
    this.awaitingTitle = null;
    // A given structure brings its titles (resolveFamilies.ts continueTitles); the heading way reads them here.
    if (!this.given && this.underTitle(i) && this.continueTitle(txt, line)) return i;
    if (!this.given && isSubtitle(txt) && this.top !== this.root && !this.top.subtitle && !this.pending.length) {
      this.top.subtitle = stripSubtitle(txt);
      return (this.record(line, 'title', 'title.subtitle', this.top), i);
    }
    if (this.takePreviewText(txt)) return (this.record(line, 'description', 'prose.description'), i);
    if (this.isSeparator(txt)) return (this.pending.push(null), this.record(line, 'label', 'prose.section'), i);
    // A short line ending like a sentence (…をつくります) describes; another short line is a label or note.
    // A line broken after a particle or 、 (ひとり暮らしの高齢者を) runs on into the next: prose, not a note.
    const runsOn = endsMidPhrase(txt) && this.next(i)?.tok.kind === 'text';
    if (!isProse(txt) && !POLITE_END_RE.test(txt) && !runsOn) return this.onShortText(txt, line, i);
    // Prose after a bullet list, set apart by blank lines, sums up the top-level block.
    if (this.lastStructural === 'bullet' && this.gap >= 2 && this.mode.kind === 'none' && this.place.stack.length) {
      const block = this.place.stack[0];
      block.description = appendText(block.description, txt);
      return (this.record(line, 'description', 'prose.description', block), i);
    }
    this.pending.push({ text: txt, line });
    return i;
  }

  /** Token i follows the line holding the open node's title (its heading, or a title line added to it), with no blank between. */
  private underTitle(i: number): boolean {
    const prev = this.tokens[i - 1];
    return (
      !!prev &&
      prev.kind !== 'blank' &&
      this.top !== this.root &&
      !this.pending.length &&
      prev.line === (this.titleEnd.get(this.top) ?? this.top.line)
    );
  }

  /** The rest of a broken title (title.broken) or a subtitle on its own line (title.subtitle-next). */
  private continueTitle(txt: string, line: number): boolean {
    const rule = continueTitle(this.top, txt);
    if (!rule) return false;
    this.titleEnd.set(this.top, line);
    this.record(line, 'title', rule, this.top);
    return true;
  }

  /** Text under a preview heading describes the node the preview stands for. */
  private takePreviewText(txt: string): boolean {
    const p = this.preview;
    if (!p) return false;
    if (this.gap > 0 && this.previewText.has(p.line)) {
      this.preview = null;
      return false;
    }
    const had = this.previewText.get(p.line) ?? '';
    this.previewText.set(p.line, isParenOnly(txt) ? had : appendText(had, txt));
    return true;
  }

  /** Pairs of a short name line and its prose starting at token i: a list of actors and their roles. */
  private actorRun(i: number): number {
    let pairs = 0;
    for (let at: number | undefined = i; at !== undefined;) {
      const name = this.tokens[at];
      const role = this.next(at);
      if (
        name.kind !== 'text' ||
        isProse(name.text) ||
        name.text.length > ACTOR_NAME_MAX ||
        role?.tok.kind !== 'text' ||
        !isProse(role.tok.text)
      )
        break;
      pairs++;
      at = this.next(role.at)?.at;
    }
    return pairs;
  }

  /** Colophon lines (〒, 発行 …) from token i on, before any prose: the hierarchy has ended. */
  private colophonFollows(i: number): boolean {
    for (let j = i; j < this.tokens.length; j++) {
      const u = this.tokens[j];
      if (u.kind === 'blank') continue;
      if (u.kind !== 'text') return false;
      if (COLOPHON_RE.test(u.text)) return true;
      if (isProse(u.text)) return false;
    }
    return false;
  }

  /** A short line without 。 in the body: an actor, the end of the hierarchy, a skipped heading or a note. */
  private onShortText(txt: string, line: number, i: number): number {
    const endsBody = this.colophonFollows(i);
    const n = this.next(i);
    const nextProse = n?.tok.kind === 'text' && isProse(n.tok.text);
    if (
      n &&
      n.tok.kind === 'text' &&
      nextProse &&
      (this.actorRun(i) >= ACTOR_RUN_MIN || (this.actorEnd >= 0 && this.next(this.actorEnd)?.at === i))
    ) {
      this.actors.push({ name: txt, role: n.tok.text });
      [line, n.tok.line].forEach((l) => this.record(l, 'note', 'actors.list'));
      return (this.actorEnd = n.at);
    }
    if (this.actors.length && txt.length <= ACTOR_NAME_ONLY_MAX && !/[すう]$/.test(txt))
      return (this.actors.push({ name: txt, role: '' }), this.record(line, 'note', 'actors.list'), i);
    // A given structure says where the hierarchy ends; the heading way guesses it here.
    if (!this.given && (endsBody || (nextProse && this.gap > 0 && !this.pending.length))) {
      this.flush();
      this.finishFlat();
      this.phase = 'post';
      this.section(endsBody ? '奥付' : txt, line);
      if (endsBody) this.addSectionText(txt, line);
      return i;
    }
    if (!this.given && /^\d+\s/.test(txt) && (n?.tok.kind === 'heading' || n?.tok.kind === 'table')) {
      this.warn(line, `「${txt}」は章の見出しと見て、項目にはしませんでした。`);
      return (this.record(line, 'label', 'back.chapter-list'), i);
    }
    if (this.top === this.root) return (this.addSectionText(txt, line), i);
    (this.top.notes ??= []).push(txt);
    this.record(line, 'note', 'prose.note', this.top);
    const numbered = /^\d/.test(halfWidthAscii(txt)) || !!matchNumbering(halfWidthAscii(txt), true);
    this.warn(
      line,
      numbered
        ? `「${txt}」には番号がありますが、前後の項目と番号の付け方がつながらないため、「${this.top.title}」の注記として残しました。項目なら、取込画面で直してください。`
        : `「${txt}」は番号も文の終わり(。)もない短い行のため、「${this.top.title}」の注記として残しました。`,
    );
    return i;
  }
}

/** The token view of the lines (the heading evidence): each line lexed, then the token-list rules (prepareTokens.ts). */
export function headingTokens(
  rawLines: string[],
  warn: (line: number, message: string) => void,
  analyze: Analyzer | Record<string, number> = {},
): Token[] {
  return rankNewWords(demoteLoneChapter(promoteDashParents(demoteFurniture(lexLines(rawLines, warn, analyze)))));
}

/**
 * One reading of the text placed: the heading tokens by rank, code and list mode, or, when
 * `given` holds the structure the family rows resolve to, those nodes at their depth. `vision`:
 * the vision as vision.ts read it, with its source lines; taken as it is.
 */
export function placeTree(
  tokens: Token[],
  meta: PlanMeta,
  warnings: Diagnostic[],
  vision: VisionLines | null,
  given: Given | null,
  lines: { source: readonly string[]; furniture: ReadonlyMap<number, RuleId> },
): Assembly {
  const warn = (line: number, message: string) => warnings.push({ line, message });
  const out = new PlacementLoop(tokens, meta.hints ?? {}, warn, vision, given, lines.source, lines.furniture).run();
  for (const [word, rank] of Object.entries(meta.hints?.levelWords ?? {})) {
    const n = tokens.filter((t) => t.kind === 'heading' && t.level === word).length;
    if (n) out.hintsUsed.push(`hints.levelWords: 「${word}」(ランク ${rank})を階層名として ${n} 行で読みました`);
  }
  return out;
}
