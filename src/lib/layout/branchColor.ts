/**
 * Okabe–Ito palette (safe for the common colour-vision deficiencies), lightened by depth.
 * Labels are dark text on these fills; tints keep contrast above WCAG AA (4.5:1).
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

export const INK = '#1a1a1a';

function mix(hex: string, t: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = (shift: number) => Math.round(((n >> shift) & 255) * (1 - t) + 255 * t);
  return `#${[16, 8, 0].map((s) => ch(s).toString(16).padStart(2, '0')).join('')}`;
}

/** Tints already mixed: a zoom asks for thousands of sectors' colours on every frame. */
const tints = new Map<string, string>();

export function branchColor(branch: number, depth: number): string {
  if (branch < 0) return '#ffffff';
  const key = `${branch % PALETTE.length}:${depth}`;
  return (
    tints.get(key) ??
    tints.set(key, mix(PALETTE[branch % PALETTE.length], Math.min(0.85, 0.45 + 0.13 * (depth - 1)))).get(key)!
  );
}

/** The branch colour at full strength, for outlines, badges and the outline view's rule. */
export function branchAccent(branch: number): string {
  return branch < 0 ? INK : PALETTE[branch % PALETTE.length];
}

/** WCAG relative-luminance contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    const [r, g, bl] = [16, 8, 0].map((s) => {
      const c = ((n >> s) & 255) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
