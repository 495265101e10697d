/** Turns a URL into the QR code's modules (true = dark). */
export type QrEncoder = (text: string) => boolean[][];

let encoder: QrEncoder | null = null;
let loading: Promise<QrEncoder> | null = null;

/**
 * The QR encoder (paulmillr's `qr`, no dependencies, runs here: no service sees the URL), loaded
 * the first time a code is shown so the first page's code stays small. Medium error correction
 * survives a projector's blur and a phone held at an angle.
 */
export function loadQr(): Promise<QrEncoder> {
  loading ??= import('qr').then((m) => (encoder = (text) => m.default(text, 'raw', { ecc: 'medium' })));
  return loading;
}

/** The encoder if it has already loaded (printing cannot wait for it). */
export const qrEncoder = (): QrEncoder | null => encoder;
