/** Folds a title for matching: width, spaces and the code's punctuation do not count. */
export const foldTitle = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');
