/** Search folds text with the shared folding in src/lib/text (the compiler uses it too). */
export { fold, normalize, type Folded } from '../text/fold';
