/**
 * The names of the streams in a compound file (CFB, the container of the binary .doc/.xls/.ppt
 * and of password-protected .docx/.xlsx/.pptx, whose package is an EncryptedPackage stream
 * beside an EncryptionInfo stream). Only the directory is read: enough to tell which it is.
 */
export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const HEADER = 512;
const END_OF_CHAIN = 0xfffffffe;
const DIR_ENTRY = 128;
/** A directory longer than this many sectors is not an office file's (they hold a few dozen streams). */
const MAX_DIR_SECTORS = 1024;

/** Stream and storage names in the directory; [] when the directory cannot be followed. */
export function cfbNames(bytes: Uint8Array): string[] {
  if (bytes.length < HEADER) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << view.getUint16(30, true);
  const sectorAt = (n: number) => HEADER + n * sectorSize;
  // The FAT's sectors are listed in the header (the first 109 of them: enough for any plan file).
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(view.getUint32(44, true), 109); i++) fatSectors.push(view.getUint32(76 + i * 4, true));
  const next = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fat = fatSectors[Math.floor(sector / perSector)];
    const at = fat === undefined ? -1 : sectorAt(fat) + (sector % perSector) * 4;
    return at < 0 || at + 4 > bytes.length ? END_OF_CHAIN : view.getUint32(at, true);
  };
  const names: string[] = [];
  let sector = view.getUint32(48, true);
  for (let guard = 0; sector !== END_OF_CHAIN && guard < MAX_DIR_SECTORS; guard++, sector = next(sector)) {
    const start = sectorAt(sector);
    if (start + sectorSize > bytes.length) break;
    for (let at = start; at < start + sectorSize; at += DIR_ENTRY) {
      const length = Math.min(view.getUint16(at + 64, true), 64);
      if (length > 2) names.push(String.fromCharCode(...new Uint16Array(bytes.slice(at, at + length - 2).buffer)));
    }
  }
  return names;
}
