// Deep imports of budoux, aliased in vite.config.ts (the package exports only its entry).
declare module 'budoux/parser' {
  export class Parser {
    constructor(model: Record<string, Record<string, number>>);
    parse(sentence: string): string[];
  }
}
declare module 'budoux/ja' {
  export const model: Record<string, Record<string, number>>;
}
