import { isAscii, isUtf8 } from 'node:buffer';

/**
 * Whether a byte stream has shown a byte that is not UTF-8, and a valid multi-byte UTF-8
 * sequence. Chunks are checked natively (isAscii, isUtf8); only a chunk with a bad byte is
 * scanned byte by byte.
 */
const NOTHING = Buffer.alloc(0);

export class Utf8Scan {
  invalid = false;
  multibyte = false;
  /** The start of a sequence that the next chunk completes. */
  private carry: Buffer = NOTHING;

  feed(chunk: Buffer): void {
    if (this.invalid && this.multibyte) return;
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = bytes.length - unfinishedTail(bytes);
    this.carry = cut === bytes.length ? NOTHING : Buffer.from(bytes.subarray(cut));
    const whole = bytes.subarray(0, cut);
    if (isAscii(whole)) return;
    if (isUtf8(whole)) {
      this.multibyte = true;
      return;
    }
    this.invalid = true;
    this.multibyte ||= hasValidMultibyte(whole);
  }

  /** The stream goes on at a line end after bytes scanned elsewhere (load/scan.ts, HandOff): no sequence is open there. */
  resume(): void {
    this.carry = NOTHING;
  }

  end(): void {
    if (this.carry.length > 0) this.invalid = true;
  }
}

/** How many bytes at the end start a multi-byte sequence that is not complete yet. */
function unfinishedTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) return sequenceLength(byte) > back ? back : 0;
  }
  return 0;
}

const sequenceLength = (lead: number) => (lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0);

/** Whether any complete, well-formed multi-byte UTF-8 sequence occurs in the bytes. */
function hasValidMultibyte(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    const length = sequenceLength(lead);
    if (length === 0 || i + length > bytes.length) continue;
    // The second byte's range excludes overlong forms and surrogates (RFC 3629).
    const second = bytes[i + 1]!;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) continue;
    let ok = true;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}
