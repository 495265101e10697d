/** Light modules around the code, as the QR standard asks, so phones find its edges. */
export const QUIET_ZONE = 4;

/**
 * A QR code's dark modules as one SVG path (a unit square each, runs along a row joined), on a
 * grid that includes the quiet zone: drawn with an element, no inline style, no image.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): { d: string; size: number } {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
      x += run - 1;
    }
  });
  return { d: parts.join(''), size: modules.length + 2 * QUIET_ZONE };
}
