import { afterPaint } from './afterPaint';

type PrintModule = typeof import('./printParts');

let module: Promise<PrintModule> | null = null;

/**
 * The printed handout and evaluation sheets: only for printing, so they follow the first
 * paint (and are in place long before anyone presses 印刷 or Ctrl+P).
 */
export function printModule(): Promise<PrintModule> {
  if (!module) {
    module = afterPaint().then(() => import('./printParts'));
    module.catch(() => (module = null)); // tried again by the next page that prints
  }
  return module;
}
