/** Bytes → text: which encoding a register is in, decided by validity, never by guessing words. */
export type EncodingChoice = 'auto' | 'utf-8' | 'windows-1252';
export type Encoding = 'utf-8' | 'utf-16le' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), UTF-16 when a UTF-16LE BOM says so
 * (Excel's «Unicode text»), else Windows-1252, the encoding of Norwegian Excel's CSV export.
 */
export async function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): Promise<Decoded> {
  const hasUtf8Bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  if (choice === 'windows-1252') return { text: await decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  if (choice === 'auto' && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if (choice === 'utf-8') return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', bom: hasUtf8Bom };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom: hasUtf8Bom };
  } catch {
    return { text: await decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

async function decodeWindows1252(bytes: Uint8Array): Promise<string> {
  const { default: iconv } = await import('iconv-lite');
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
}

/** NUL bytes do not occur in text files: such a file is binary (or UTF-16 without a BOM). */
export function looksBinary(bytes: Uint8Array, encoding: Encoding): boolean {
  if (encoding === 'utf-16le') return false;
  const probe = bytes.subarray(0, 64 * 1024);
  return probe.includes(0);
}
