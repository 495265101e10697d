/**
 * A CSV file's text: UTF-8 (with or without BOM) as this app writes it, or Shift_JIS as Excel
 * saves a CSV again on a Japanese PC.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}
