import { describe, expect, it } from 'vitest';
import { decode, IngestError } from '../../src/ingest/decode.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function fails(input: Uint8Array): IngestError {
  try {
    decode(input, 'f.txt');
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('decode did not fail');
}

describe('decode', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'Mao Zedong'), 'f.txt')).toMatchObject({ text: 'Mao Zedong', encoding: 'utf-8', diagnostics: [] });
  });
  it('turns CRLF and CR line ends into LF', () => {
    expect(decode(bytes('a\r\nb\rc\n'), 'f.txt').text).toBe('a\nb\nc\n');
  });
  it('normalises to NFC', () => {
    expect(decode(bytes('Lu\u0308shun'), 'f.txt').text).toBe('L\u00fcshun');
  });
  it('reads UTF-16 with either byte order mark', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Stalin: Yes.', 'utf16le')]), 'f.txt')).toMatchObject({ text: 'Stalin: Yes.', encoding: 'utf-16le' });
    const be = Buffer.from('Mao', 'utf16le').swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'f.txt')).toMatchObject({ text: 'Mao', encoding: 'utf-16be' });
  });
  it('reads Windows-1252 curly quotes, with a warning that names the first bad byte', () => {
    const r = decode(bytes('He said ', [0x93], 'peace', [0x94], '.'), 'f.txt');
    expect(r.text).toBe('He said \u201cpeace\u201d.');
    expect(r.diagnostics).toEqual([
      { file: 'f.txt', line: 1, column: 1, severity: 'warning', rule: 'ingest/windows-1252', message: 'not valid UTF-8 (first bad byte at offset 8); read as Windows-1252' },
    ]);
  });
  it('rejects bytes that are neither UTF-8 nor Windows-1252, naming the offset', () => {
    const e = fails(bytes('abc', [0x81, 0xc3]));
    expect([e.rule, e.message, e.offset]).toEqual(['ingest/invalid-utf8', 'not valid UTF-8: bad byte sequence at byte offset 3', 3]);
  });
  it('removes characters XML forbids and reports each with its place', () => {
    const r = decode(bytes('ok\nbad\u0007here\u000b'), 'f.txt');
    expect(r.text).toBe('ok\nbadhere');
    expect(r.diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['ingest/forbidden-char', 2, 4, 'removed U+0007, which XML 1.0 does not allow'],
      ['ingest/forbidden-char', 2, 9, 'removed U+000B, which XML 1.0 does not allow'],
    ]);
  });
  it('removes lone surrogates but keeps astral characters', () => {
    const r = decode(Buffer.from('a\ud800b \ud83d\ude00', 'utf16le').length ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\ud800b \ud83d\ude00', 'utf16le')]) : Buffer.alloc(0), 'f.txt');
    expect(r.text).toBe('ab \ud83d\ude00');
    expect(r.diagnostics.map((d) => d.message)).toEqual(['removed U+D800, which XML 1.0 does not allow']);
  });
  it('rejects empty, blank and binary files', () => {
    expect(fails(Buffer.alloc(0)).rule).toBe('ingest/empty');
    expect(fails(bytes(' \n\t\n')).rule).toBe('ingest/empty');
    expect(fails(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])).rule).toBe('ingest/binary');
  });
});
