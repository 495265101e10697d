import type { QrEncoder } from '../lib/voices/loadQr';

/** In the one-file copy, in place of the QR encoder: a file has no site for a phone to open. */
export const loadQr = (): Promise<QrEncoder> => Promise.reject(new Error('一つのファイルでは QR コードを作りません'));
export const qrEncoder = (): QrEncoder | null => null;
