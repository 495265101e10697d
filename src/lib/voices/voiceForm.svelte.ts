import type { PlanNode } from '../plan/schema';
import { meetingName, type Kind } from './types';
import type { Voices } from './voices.svelte';
import { isTyping } from '../state/isTyping';

/** The key that opens the field, as on the button's label: I for 意見. */
const OPEN_KEYS = new Set(['i', 'I']);

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * What the facilitator types while writing an opinion down: the meeting (asked once, then
 * remembered with the record), the words, and the optional kind, 地区 and 年代. The 地区 starts
 * as the meeting's.
 */
export class VoiceForm {
  isOpen = $state(false);
  /** Choosing or starting a meeting instead of writing an opinion. */
  changing = $state(false);
  status = $state('');
  problem = $state('');
  pick = $state('');
  date = $state(today());
  place = $state('');
  meetingDistrict = $state('');
  text = $state('');
  kind = $state<Kind | ''>('');
  district = $state('');
  age = $state('');

  constructor(
    private readonly voices: Voices,
    private readonly node: () => PlanNode,
  ) {}

  get choosing(): boolean {
    return this.changing || !this.voices.meeting;
  }
  get meetingLabel(): string {
    return this.voices.meeting ? meetingName(this.voices.meeting) : '';
  }

  opensOn(e: KeyboardEvent): boolean {
    return !this.isOpen && OPEN_KEYS.has(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
  }

  open(): void {
    this.isOpen = true;
    this.problem = '';
    this.district = this.voices.meeting?.district ?? '';
  }
  close(): void {
    this.isOpen = false;
    this.changing = false;
  }
  changeMeeting(): void {
    this.changing = true;
    this.pick = '';
  }

  async choose(id: string): Promise<void> {
    await this.voices.chooseMeeting(id);
    this.changing = false;
    this.district = this.voices.meeting?.district ?? '';
  }

  async startMeeting(): Promise<void> {
    if (this.pick) return this.choose(this.pick);
    await this.voices.startMeeting({
      date: this.date,
      place: this.place.trim(),
      district: this.meetingDistrict.trim(),
    });
    this.changing = false;
    this.district = this.meetingDistrict.trim();
  }

  /**
   * Saves the opinion: the field is emptied at once (the facilitator may already be typing the
   * next one) and the record written after. False, with a message, when there is nothing to save.
   */
  save(): boolean {
    const text = this.text.trim();
    if (!text) {
      this.problem = '意見が空です。書きとめる言葉を入れてから Enter を押してください。';
      return false;
    }
    const node = this.node();
    const fields = { text, kind: this.kind, district: this.district.trim(), age: this.age };
    this.text = '';
    this.kind = '';
    this.age = '';
    this.problem = '';
    void this.voices
      .add(node.id, fields)
      .then(
        () =>
          (this.status = `「${node.title}」に意見を記録しました(この項目 ${this.voices.counts.get(node.id) ?? 0} 件)`),
      );
    return true;
  }
}
