/**
 * Bytes → text. Everything downstream sees one normal form: UTF-8 decoded, no BOM,
 * LF line ends, Unicode NFC, and no character that XML 1.0 forbids.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { positionAt } from '../parse/lines.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  diagnostics: Diagnostic[];
}

/** Raised when the bytes cannot be taken as a transcript at all. */
export class IngestError extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly offset = 0,
  ) {
    super(message);
  }
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Transcripts run to tens of kilobytes; a file far beyond that is not one, and converting it
 * would take minutes and gigabytes in one worker (whose death would end the batch).
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export function decode(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new IngestError('ingest/empty', 'file is empty');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new IngestError('ingest/too-large', `file is ${bytes.length} bytes; transcripts of up to ${MAX_INPUT_BYTES} bytes (10 MiB) are converted — split it`);
  }
  const diagnostics: Diagnostic[] = [];
  const decoded = decodeBytes(bytes, file, diagnostics);
  const { encoding } = decoded;
  let { text } = decoded;
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  let removed = 0;
  text = text.replace(FORBIDDEN, (ch: string, offset: number, whole: string) => {
    removed++;
    if (removed <= 20) {
      const at = positionAt(whole, offset);
      diagnostics.push({
        file,
        ...at,
        severity: 'warning',
        rule: 'ingest/forbidden-char',
        message: `removed U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which XML 1.0 does not allow`,
      });
    }
    return '';
  });
  if (removed > 20) {
    diagnostics.push({ file, line: 1, column: 1, severity: 'warning', rule: 'ingest/forbidden-char', message: `removed ${removed} characters that XML 1.0 does not allow in all` });
  }
  if (text.trim() === '') throw new IngestError('ingest/empty', 'file holds only white space');
  return { text, encoding, diagnostics };
}

function decodeBytes(bytes: Uint8Array, file: string, diagnostics: Diagnostic[]): Pick<DecodedText, 'text' | 'encoding'> {
  // Buffer keeps lone surrogates (TextDecoder would hide them as U+FFFD); the forbidden-character pass reports them.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: Buffer.from(bytes.subarray(2)).toString('utf16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const even = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return { text: even.swap16().toString('utf16le'), encoding: 'utf-16be' };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const binaryAt = binaryOffset(body);
  if (binaryAt >= 0) {
    throw new IngestError('ingest/binary', `file looks binary (NUL bytes or many control characters from byte offset ${binaryAt + start}), not a transcript`, binaryAt + start);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const offset = firstInvalidUtf8(body) + start;
    if (plausibleWindows1252(body)) {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'ingest/windows-1252',
        message: `not valid UTF-8 (first bad byte at offset ${offset}); read as Windows-1252`,
      });
      return { text: decodeWindows1252(body), encoding: 'windows-1252' };
    }
    throw new IngestError('ingest/invalid-utf8', `not valid UTF-8: bad byte sequence at byte offset ${offset}`, offset);
  }
}

/**
 * Offset of the first NUL pair or control byte in a sample that is binary, or -1. A stray NUL in
 * text is only a forbidden character (removed and reported later); binary formats have NUL runs
 * or, compressed, control bytes throughout.
 */
function binaryOffset(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  let first = -1;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0 && sample[i + 1] === 0) return i;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) {
      control++;
      if (first < 0) first = i;
    }
  }
  return control > sample.length * 0.1 ? first : -1;
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

/** Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, €). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Windows-1252 text has high bytes, but never the five it leaves undefined. */
function plausibleWindows1252(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
  return true;
}
