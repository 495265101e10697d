/** Node (the CLI): an office file on disk → the compiler's input. */
import { readFileSync } from 'node:fs';
import { readOffice } from './readOffice';
import type { OfficeText } from './types';

export function readOfficeFile(path: string): OfficeText {
  return readOffice(new Uint8Array(readFileSync(path)));
}
