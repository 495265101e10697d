import { afterPaintModule } from './afterPaint';

/**
 * The printed handout and evaluation sheets: only for printing, so they follow the first
 * paint (and are in place long before anyone presses 印刷 or Ctrl+P).
 */
export const printModule = afterPaintModule(() => import('./printParts'));
