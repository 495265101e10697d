import type { Folded } from './fold';

/**
 * Rewrites spans of folded text, keeping the map to the original: `at(text, i)` returns the
 * span starting at i to replace ([length, replacement]) or null to keep the character. Each
 * character of a replacement points into the span it replaced, spread evenly, so the last one
 * points at the span's last character and a match ending there highlights the whole span.
 */
export function replaceSpans(f: Folded, at: (text: string, i: number) => readonly [number, string] | null): Folded {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < f.text.length;) {
    const hit = at(f.text, i);
    if (!hit) {
      text += f.text[i];
      map.push(f.map[i]);
      i++;
      continue;
    }
    const [length, to] = hit;
    for (let k = 0; k < to.length; k++) {
      text += to[k];
      map.push(f.map[i + Math.min(length - 1, Math.floor((k * length) / to.length))]);
    }
    i += length;
  }
  return { text, map };
}
