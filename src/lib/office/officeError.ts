/** What can be wrong with an office file, each with its own advice (officeMessage.ts). */
export type OfficeProblem =
  | 'encrypted' // password-protected: OOXML encrypted is a compound (CFB) file, not a zip
  | 'legacy' // .doc / .xls / .ppt (the binary formats before 2007)
  | 'damaged' // not a zip, or a zip without the parts its format needs
  | 'tooLarge' // expands past the bound (a zip bomb, or far beyond any plan)
  | 'unknown' // a zip, but not a Word, Excel or PowerPoint file
  | 'empty' // read, but no text in it
  | 'cancelled';

export class OfficeError extends Error {
  constructor(
    readonly problem: OfficeProblem,
    detail = '',
  ) {
    super(detail || problem);
  }
}
