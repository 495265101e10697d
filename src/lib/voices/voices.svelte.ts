import { getContext, setContext } from 'svelte';
import { IdbArea, KEPT } from '../data/storage';
import { countVoices } from './countVoices';
import { dropMeeting, mergeBooks, type MergeResult } from './mergeBooks';
import { emptyBook, type Meeting, type Opinion, type VoiceBook } from './types';

/** One IndexedDB store for every plan's opinions, keyed by the plan's id. Nothing is sent anywhere. */
const area = new IdbArea<VoiceBook>('welfare-plan-explorer-voices', 'books', KEPT.voices);

/** Ids that stay text in Excel (a letter first) and are unique without a secure context. */
function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export type OpinionFields = Pick<Opinion, 'text' | 'kind' | 'district' | 'age'>;

/**
 * Residents' voices on one plan in this browser: the meetings, their opinions, the meeting now
 * being recorded, and whether counts show (the audience screen hides them until the facilitator
 * chooses). Every change is written through at once and told to the plan's other windows (the
 * presenter view and the audience screen), which read it again.
 */
export class Voices {
  book = $state<VoiceBook>(emptyBook());
  loaded = $state(false);
  /** Counts shown beside items: always on the plan page and presenter view, by choice on the audience screen. */
  shown = $state(true);
  readonly counts: Map<string, number>;
  readonly meeting: Meeting | null;
  private readonly channel: BroadcastChannel | null;

  constructor(
    private readonly planId: string,
    options: { shown?: boolean } = {},
  ) {
    this.shown = options.shown ?? true;
    this.counts = $derived(countVoices(this.book.opinions));
    this.meeting = $derived(this.book.meetings.find((m) => m.id === this.book.current) ?? null);
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(`welfare-plan-explorer:voices:${planId}`) : null;
    this.channel?.addEventListener('message', () => void this.load());
    void this.load();
  }

  async load(): Promise<void> {
    const kept = await area.get(this.planId);
    this.book = kept ?? emptyBook();
    this.loaded = true;
  }

  countOf = (id: string): number => (this.shown ? (this.counts.get(id) ?? 0) : 0);

  /** Changes the record in one transaction (two windows never overwrite each other), then tells the others. */
  private async change(next: (old: VoiceBook) => VoiceBook): Promise<void> {
    const { value } = await area.update(this.planId, (old) => next(old ?? emptyBook()));
    this.book = value;
    this.channel?.postMessage('changed');
  }

  async startMeeting(fields: Omit<Meeting, 'id'>): Promise<void> {
    const m = { ...fields, id: newId('m') };
    await this.change((b) => ({ ...b, meetings: [...b.meetings, m], current: m.id }));
  }

  async chooseMeeting(id: string): Promise<void> {
    await this.change((b) => ({ ...b, current: b.meetings.some((m) => m.id === id) ? id : b.current }));
  }

  /** Writes an opinion down for an item at the current meeting; false if no meeting is chosen yet. */
  async add(nodeId: string, fields: OpinionFields): Promise<boolean> {
    const meeting = this.meeting;
    if (!meeting) return false;
    const o: Opinion = { ...fields, id: newId('v'), meetingId: meeting.id, nodeId, at: new Date().toISOString() };
    await this.change((b) => ({ ...b, opinions: [...b.opinions, o] }));
    return true;
  }

  async removeMeeting(id: string): Promise<void> {
    await this.change((b) => dropMeeting(b, id));
  }

  async merge(theirs: Pick<VoiceBook, 'meetings' | 'opinions'>): Promise<MergeResult> {
    let result: MergeResult | null = null;
    await this.change((b) => (result = mergeBooks(b, theirs)).book);
    return result!;
  }

  close(): void {
    this.channel?.close();
  }
}

const KEY = Symbol('voices');
export const setVoices = (v: Voices): Voices => setContext(KEY, v);
/** The plan's voices where a page records them; undefined elsewhere (compare, import), where no counts show. */
export const getVoices = (): Voices | undefined => getContext<Voices | undefined>(KEY);
