import type { VoiceBook } from './types';

/** What a merge did: how many opinions and meetings came in, and how many were already here. */
export interface MergeResult {
  book: VoiceBook;
  added: number;
  known: number;
  meetings: number;
}

/**
 * Another facilitator's record merged into ours. Opinions and meetings carry ids made when they
 * were written down, so the same export merged twice, or two exports that share a meeting, count
 * each opinion once. Our current meeting stays current.
 */
export function mergeBooks(ours: VoiceBook, theirs: Pick<VoiceBook, 'meetings' | 'opinions'>): MergeResult {
  const meetingIds = new Set(ours.meetings.map((m) => m.id));
  const newMeetings = theirs.meetings.filter((m) => !meetingIds.has(m.id) && meetingIds.add(m.id));
  const opinionIds = new Set(ours.opinions.map((o) => o.id));
  const newOpinions = theirs.opinions.filter((o) => !opinionIds.has(o.id) && opinionIds.add(o.id));
  return {
    book: { ...ours, meetings: [...ours.meetings, ...newMeetings], opinions: [...ours.opinions, ...newOpinions] },
    added: newOpinions.length,
    known: theirs.opinions.length - newOpinions.length,
    meetings: newMeetings.length,
  };
}

/** The record without one meeting and its opinions. */
export function dropMeeting(book: VoiceBook, meetingId: string): VoiceBook {
  return {
    meetings: book.meetings.filter((m) => m.id !== meetingId),
    opinions: book.opinions.filter((o) => o.meetingId !== meetingId),
    current: book.current === meetingId ? null : book.current,
  };
}
