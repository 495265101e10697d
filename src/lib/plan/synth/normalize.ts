/** The corpus README's normalization for every text comparison. */
export const normalizeTitle = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[「『](.*)[」』]$/, '$1')
    .replace(/。$/, '');
