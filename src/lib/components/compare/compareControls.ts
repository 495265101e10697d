import { afterPaintModule } from '../afterPaint';

/**
 * The gallery's 「くらべる」 controls, loaded after its first paint: the cards show without
 * their code (each card keeps the controls' strip, so nothing moves when they come). Loaded
 * once; Back to the gallery finds them in hand.
 */
export const compareControls = afterPaintModule(() => import('./compareParts'));
