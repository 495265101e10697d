/** Kinds of what a resident says, as a facilitator sorts sticky notes; optional. */
export const KINDS = ['意見', '提案', '質問', 'できること'] as const;
export type Kind = (typeof KINDS)[number];

/** Age bands as council surveys ask them; optional, never a name. */
export const AGES = ['10代', '20代', '30代', '40代', '50代', '60代', '70代', '80代以上'] as const;

/** One 地域懇談会: where and when the opinions were heard. */
export interface Meeting {
  id: string;
  /** yyyy-mm-dd */
  date: string;
  place: string;
  district: string;
}

/** One resident's voice on one item of the plan. No name is ever asked for. */
export interface Opinion {
  id: string;
  meetingId: string;
  nodeId: string;
  text: string;
  kind: Kind | '';
  district: string;
  age: string;
  /** When it was written down (ISO time), to list opinions in the order they were heard. */
  at: string;
}

/** Everything heard about one plan in this browser, and the meeting now being recorded. */
export interface VoiceBook {
  meetings: Meeting[];
  opinions: Opinion[];
  current: string | null;
}

export const emptyBook = (): VoiceBook => ({ meetings: [], opinions: [], current: null });

/** 「2026-12-05 中央公民館(北地区)」: how a meeting is named on screen and in files. */
export const meetingName = (m: Meeting): string => `${m.date} ${m.place}${m.district ? `(${m.district})` : ''}`;
