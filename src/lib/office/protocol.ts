import type { OfficeProblem } from './officeError';
import type { OfficeText } from './types';

/** The page → worker message: the file's bytes (transferred). */
export interface OfficeRequest {
  data: ArrayBuffer;
}

export type OfficeReply =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'done' } & OfficeText)
  | { type: 'error'; problem: OfficeProblem };
