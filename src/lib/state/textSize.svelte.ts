import { local } from '../data/storage';

/** The reader's text size: 標準・大・特大. Older readers need larger type than a screen's default. */
export type TextSize = 'standard' | 'large' | 'xlarge';
export const TEXT_SIZES: readonly { value: TextSize; label: string; scale: number }[] = [
  { value: 'standard', label: '標準', scale: 1 },
  { value: 'large', label: '大', scale: 1.25 },
  { value: 'xlarge', label: '特大', scale: 1.5 },
];
const KEY = 'welfare-plan-explorer:text-size';

function stored(): TextSize {
  const v = local.get(KEY);
  return TEXT_SIZES.some((s) => s.value === v) ? (v as TextSize) : 'standard';
}

/** Kept in this browser (a preference, not part of a shared link). */
class TextSizePreference {
  size = $state<TextSize>(stored());
  readonly scale = $derived(TEXT_SIZES.find((s) => s.value === this.size)?.scale ?? 1);

  set(size: TextSize): void {
    this.size = size;
    // Unlabelled: where it cannot be kept, the choice still holds for this visit, and that needs no notice.
    local.set(KEY, size);
  }
}

export const textSize = new TextSizePreference();
