/**
 * The import page's session: the draft shown (text, file name, plan information, edits), kept
 * as it changes; the live compile and the editor over it; files read into it; saving the plan
 * in this browser. The page is markup over this class; the class runs in Node for its tests.
 */
import type { PlanMeta } from '../plan/compile';
import { invalidatePlans, loadIndex } from '../data/loadPlans';
import { invalidateSearch } from '../data/loadSearch';
import { listLocal, removeLocal, saveLocal } from '../data/localPlans';
import {
  EMPTY_FORM,
  entryOf,
  listDrafts,
  newDraft,
  openDraft,
  rescueDraft,
  forgetRescue,
  removeDraft,
  selectDraft,
  type SavedDraft,
  type DraftEntry,
  type DraftForm,
} from '../data/drafts';
import { draftKeeper } from '../data/draftKeeper.svelte';
import { sourceLines } from '../edit/ops';
import { unsureLines } from '../edit/unsureLines';
import { PlanEditor } from '../state/planEditor.svelte';
import { isPdf, PdfImport } from '../pdf/pdfImport.svelte';
import { isOffice, OfficeImport } from '../office/officeImport.svelte';
import { Autosave } from './autosave';
import { LiveCompile } from './liveCompile.svelte';
import { decisionAt } from './packDecisions';
import { proposeMeta } from './proposeMeta';
import { readTextFile, textProblem } from './readTextFile';
import { hintsOf, idProblem, metaOf, planToKeep } from './planMeta';

/** Where the drafts are kept (tests hand in their own, e.g. a database slow to open). */
export interface DraftStore {
  openDraft: () => Promise<SavedDraft>;
  listDrafts: () => Promise<DraftEntry[]>;
  selectDraft: (key: string) => Promise<SavedDraft | undefined>;
  removeDraft: (key: string) => Promise<void>;
}

const DRAFTS: DraftStore = { openDraft, listDrafts, selectDraft, removeDraft };

/** How long the page waits for the last draft before giving an empty one to work in. */
export const SLOW_OPEN_MS = 3000;
/** A long text is kept once typing pauses this long: writing megabytes per keystroke would stall typing. */
const DRAFT_PAUSE_MS = 400;
const LONG_DRAFT = 50_000;

/** What a file did to the text (status) or why it did not (alert). */
export interface FileNotice {
  text: string;
  problem: boolean;
}

const rest = (d: Omit<SavedDraft, 'text'>) => JSON.stringify([d.fileName, d.form, d.ops, d.undone]);
const sameContent = (a: SavedDraft, b: SavedDraft) => a.text === b.text && rest(a) === rest(b);

const untouched = (d: Pick<SavedDraft, 'text' | 'ops' | 'form'>) =>
  !d.text.trim() && d.ops.length === 0 && Object.values(d.form).every((v) => !v.trim());

export class ImportSession {
  key = $state('');
  text = $state('');
  /** The file the text came from, or '' for pasted text (messages then name no file). */
  fileName = $state('');
  form = $state<DraftForm>({ ...EMPTY_FORM });
  loaded = $state(false);
  /** The newest content of the draft is kept in this browser. */
  draftSaved = $state(false);
  drafts = $state.raw<DraftEntry[]>([]);
  /** The id of a plan already saved here that saving would overwrite (asked first). */
  overwrite = $state<string | null>(null);
  saved = $state.raw(listLocal());
  message = $state('');
  fileNotice = $state<FileNotice | null>(null);
  /** The draft as it was before a file replaced or took over the text: 元に戻す goes back to it. */
  beforeFile = $state.raw<{ draft: SavedDraft; fileText: string } | null>(null);
  /** Ids of published plans (a saved plan may not take one). */
  taken = $state.raw<string[]>([]);
  /** The source line of the item last chosen. */
  shownLine = $state(0);

  readonly pdf = new PdfImport();
  readonly office = new OfficeImport();
  readonly live = new LiveCompile();
  readonly editor: PlanEditor;

  /** Until the person changes the text a file put in, that file can be taken back. */
  readonly undoable = $derived(!!this.beforeFile && this.text === this.beforeFile.fileText);
  readonly hints = $derived(hintsOf(this.form.hints));
  readonly meta = $derived<PlanMeta>(metaOf(this.form, this.hints));
  readonly result = $derived(this.text.trim() ? (this.live.compiled?.result ?? null) : null);
  readonly lines = $derived(sourceLines(this.text));
  readonly compiledLines = $derived(this.live.compiled ? sourceLines(this.live.compiled.text) : this.lines);
  readonly proposal = $derived(proposeMeta(this.text));
  readonly plan = $derived.by(() => this.editor.plan);
  readonly unsure = $derived(unsureLines(this.result?.explain));
  readonly low = $derived(new Set(this.unsure.flatMap((u) => (u.nodeId ? [u.nodeId] : []))));
  /** Looked up when a line is shown, not indexed per result: a long text has a decision per line. */
  readonly shownDecision = $derived(
    this.shownLine && this.result ? decisionAt(this.live.compiled?.decisions, this.shownLine) : undefined,
  );
  readonly idProblem = $derived(idProblem(this.plan, this.taken));
  readonly toKeep = $derived(planToKeep(this.plan, this.form, this.key));

  /** A new draft given while the last one was slow to open: not written until the person puts something in it. */
  #provisional: string | null = null;
  /** The draft last put in the list by a save (its text is not in the list). */
  #lastListed: SavedDraft | null = null;
  readonly #autosave: Autosave<SavedDraft>;
  readonly #store: DraftStore;

  constructor({ store = DRAFTS, slowOpenMs = SLOW_OPEN_MS }: { store?: DraftStore; slowOpenMs?: number } = {}) {
    this.#store = store;
    // The lines only when an edit needs them: a long text's 100,000 lines are not split for a plan without edits.
    const lines = () => this.compiledLines;
    this.editor = new PlanEditor(() => ({
      plan: this.result?.plan ?? null,
      get lines() {
        return lines();
      },
    }));
    this.#autosave = new Autosave(
      // Never over another tab's newer version (DraftConflict asks); storage problems show in StorageNotice.
      async (d) => {
        const problem = await draftKeeper.save(d);
        this.#listed(d);
        // Stored: a copy rescued when the page was hidden meanwhile is no newer (none left to reopen it later).
        if (problem === null) forgetRescue(d.key, d.updated);
        return problem === null;
      },
      (d) => (d.text.length < LONG_DRAFT ? 0 : DRAFT_PAUSE_MS),
      (saved) => (this.draftSaved = saved),
    );
    loadIndex()
      .then((i) => (this.taken = i.plans.filter((p) => !p.imported).map((p) => p.id)))
      .catch(() => {});
    void this.#open(slowOpenMs);
  }

  /** The draft as the page holds it now (a plain copy). */
  snapshot(): SavedDraft {
    const { key, text, fileName, form } = this;
    // The text as it is: $state.snapshot copies a string through structuredClone (megabytes, per keystroke).
    const small = $state.snapshot({ fileName, form, ops: this.editor.ops, undone: this.editor.undone });
    return { key, text, ...small, updated: Date.now() };
  }

  /** Called by the page on every change (an $effect reading the draft's fields): keeps it. */
  changed(d: SavedDraft): void {
    if (!this.loaded) return;
    if (d.key === this.#provisional) {
      if (untouched(d)) return;
      this.#provisional = null;
    }
    this.#autosave.change(d);
  }

  /** Writes what waits at once: the page is hidden or left. */
  flush(): void {
    this.#autosave.flush();
  }

  /**
   * The page is hidden or left: what waits is written, and while that write (or one before it)
   * is under way the draft is also kept synchronously, so a reload in the same instant loses
   * nothing (the next page stores it: drafts.ts rescueDraft).
   */
  leave(): void {
    this.flush();
    const newest = this.loaded ? this.#autosave.unwritten : null;
    if (newest) rescueDraft(newest, draftKeeper.versionOf(newest.key));
  }

  destroy(): void {
    this.flush();
    this.live.destroy();
  }

  /**
   * Shows the draft last worked on. A database slow to open does not keep the page from being
   * used: after `slowOpenMs` an empty draft is given; when the last one comes, it replaces the
   * empty one if nothing was put in it, or else waits in the list (nothing lost, none doubled).
   */
  async #open(slowOpenMs: number): Promise<void> {
    const opening = this.#store.openDraft().catch(() => null);
    const slow = new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), slowOpenMs));
    const first = await Promise.race([opening, slow]);
    if (first !== 'slow') return this.#opened(first ?? newDraft());
    const fresh = newDraft();
    this.#provisional = fresh.key;
    this.use(fresh);
    const last = await opening;
    if (!last || last.version === 0) return;
    if (this.key === fresh.key && this.#provisional === fresh.key) return this.#opened(last);
    this.message = '前の下書きは、読み込みに時間がかかったため、下の「下書き」の一覧に入れました。';
    await this.refreshDrafts();
  }

  async #opened(d: SavedDraft): Promise<void> {
    this.#provisional = null;
    this.use(d);
    await this.refreshDrafts();
  }

  /** Shows a draft as read from storage. */
  use(d: SavedDraft): void {
    this.#autosave.flush(); // the draft left behind keeps its last keystrokes
    [this.key, this.text, this.fileName] = [d.key, d.text, d.fileName];
    draftKeeper.adopt(d);
    this.#restore(d);
    this.shownLine = 0;
    this.loaded = true;
  }

  /** Puts a draft's fields back on the page without adopting it (the keeper keeps its version). */
  #restore(d: SavedDraft): void {
    [this.text, this.fileName] = [d.text, d.fileName];
    this.form = { ...EMPTY_FORM, ...d.form };
    this.editor.load(d.ops, d.undone);
  }

  async refreshDrafts(): Promise<void> {
    this.drafts = await this.#store.listDrafts().catch(() => this.drafts);
  }

  /** The list after a write of `d`, without reading every draft back (a long one is megabytes). */
  #listed(d: SavedDraft): void {
    const was = this.#lastListed;
    this.#lastListed = d;
    // Opened, not changed: the list keeps its order (newest change first), as the stored drafts have it.
    const entry = entryOf(d);
    const unchanged =
      was?.key === d.key
        ? sameContent(was, d)
        : this.drafts.some((x) => x.key === d.key && x.preview === entry.preview && rest(x) === rest(d));
    if (unchanged) return;
    this.drafts = [entry, ...this.drafts.filter((x) => x.key !== d.key)];
  }

  /** Another tab's newer version: this tab's content goes on under a new key. */
  keepBoth(key: string): void {
    this.key = key;
  }

  async openOther(key: string): Promise<void> {
    const d = key ? await this.#store.selectDraft(key) : newDraft();
    if (d) this.use(d);
  }

  async dropDraft(key: string): Promise<void> {
    await this.#store.removeDraft(key);
    if (key === this.key) {
      this.#autosave.drop();
      const next = (await this.#store.listDrafts())[0];
      this.use((next && (await this.#store.selectDraft(next.key))) ?? newDraft());
    }
    await this.refreshDrafts();
  }

  /** A file chosen or dropped: its text, or a message naming the file and what to do. */
  async readFile(file: File): Promise<void> {
    if (isPdf(file) || isOffice(file)) {
      const r = await (isPdf(file) ? this.pdf : this.office).read(file);
      // What the PDF and office readers say (encrypted, scanned, stopped …) goes where it always has: the page's status.
      if (r.text === null) return void (this.message = r.message);
      const problem = textProblem(r.text, file.name);
      return problem
        ? void (this.fileNotice = { text: problem, problem: true })
        : this.takeFile(file.name, r.text, r.message);
    }
    const r = await readTextFile(file);
    if ('problem' in r) this.fileNotice = { text: r.problem, problem: true };
    else this.takeFile(file.name, r.text, r.note);
  }

  /**
   * A file's text goes into the box; over a text already there, it opens as a new draft (the
   * old one stays in the list). Either way 元に戻す (or Ctrl+Z) goes back to the draft as it was.
   */
  takeFile(name: string, fileText: string, note: string): void {
    const draft = this.snapshot();
    // A draft with text, or with edits of a text since cleared, is kept: its edits would fall on the file's lines.
    const over = this.text.trim() !== '' || this.editor.ops.length > 0;
    if (over) this.use({ ...newDraft(), text: fileText, fileName: name });
    else [this.fileName, this.text] = [name, fileText];
    this.beforeFile = { draft, fileText };
    const how = over
      ? '新しい下書きとして開きました。それまでのテキストは、下の「下書き」の一覧に残っています。'
      : '読み込みました。';
    this.fileNotice = { text: `「${name}」を${how}${note && !note.includes(name) ? note : ''}`, problem: false };
    if (note.includes(name)) this.message = note;
  }

  async undoFile(): Promise<void> {
    const back = this.beforeFile;
    if (!back) return;
    const opened = this.key;
    this.beforeFile = null;
    if (opened === back.draft.key) {
      // The same draft: its fields go back and the autosave writes them over the file's text, on
      // this tab's own version (adopting the snapshot would forget that version and look like a
      // change from another tab).
      this.#restore(back.draft);
    } else {
      // The file opened a new draft: go back to the one before it, as stored now, then drop the new one.
      this.use((await this.#store.selectDraft(back.draft.key).catch(() => undefined)) ?? back.draft);
      this.#restore(back.draft);
      await this.#store.removeDraft(opened).catch(() => {});
    }
    this.fileNotice = { text: 'ファイルを読み込む前のテキストに戻しました。', problem: false };
    await this.refreshDrafts();
  }

  /** Adopts the other reading (or goes back): kept in the hints, so the draft remembers it. */
  pickReading(summary: string | null): void {
    const h: Record<string, unknown> = { ...(this.hints.ok ? this.hints.value : {}) };
    if (summary) h.reading = summary;
    else delete h.reading;
    this.form.hints = Object.keys(h).length ? JSON.stringify(h) : '';
  }

  /** Saves the plan in this browser; over a plan already kept here only once confirmed. */
  save(confirmed = false): void {
    const plan = this.toKeep;
    if (!plan || this.idProblem) return;
    if (!confirmed && this.saved.some((p) => p.id === plan.id)) return void (this.overwrite = plan.id);
    this.overwrite = null;
    const problem = saveLocal(plan);
    this.#plansChanged();
    const name = plan.council || plan.id;
    this.message = problem
      ? `「${name}」をこのブラウザに保存できませんでした。このページを開いている間は一覧・検索・比較で使えます。残すには「JSON をダウンロード」でファイルにしてください。`
      : `「${name}」を保存しました。計画の一覧・検索・比較で使えます。`;
  }

  removeSaved(id: string): void {
    removeLocal(id);
    this.#plansChanged();
  }

  #plansChanged(): void {
    invalidatePlans();
    invalidateSearch();
    this.saved = listLocal();
  }
}
