import { afterPaint } from './afterPaint';

let module: Promise<typeof import('./compareParts')> | null = null;

/**
 * The gallery's 「くらべる」 controls, loaded after its first paint: the cards show without
 * their code (each card keeps the controls' strip, so nothing moves when they come). Loaded
 * once; Back to the gallery finds them in hand. A failed load is tried again on the next visit.
 */
export function compareControls(): Promise<typeof import('./compareParts')> {
  if (!module) {
    module = afterPaint().then(() => import('./compareParts'));
    module.catch(() => (module = null));
  }
  return module;
}
