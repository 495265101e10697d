import type { Opinion } from './types';

/** How many opinions each item has, by the item's id (its own, not those of the items below). */
export function countVoices(opinions: readonly Opinion[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of opinions) counts.set(o.nodeId, (counts.get(o.nodeId) ?? 0) + 1);
  return counts;
}

/** The words beside the number (never a colour alone): 「意見 3件」. */
export const voiceLabel = (n: number): string => `意見 ${n}件`;
