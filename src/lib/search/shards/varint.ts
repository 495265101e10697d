/** Unsigned LEB128 varints: posting lists are ascending ids and positions, stored as small gaps. */
export class ByteWriter {
  /** Small to start: a block has some 100,000 keys, most with a few postings; the buffer doubles as needed. */
  private buf = new Uint8Array(16);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  varint(n: number): void {
    this.room(5);
    while (n >= 0x80) {
      this.buf[this.length++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.length++] = n;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export class ByteReader {
  at = 0;
  constructor(readonly buf: Uint8Array) {}

  varint(): number {
    let n = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.buf[this.at++];
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return n;
  }

  get done(): boolean {
    return this.at >= this.buf.length;
  }
}
