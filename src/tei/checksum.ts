/**
 * Every file the converter writes records a hash of its own bytes (with the hash field
 * zeroed). A file whose bytes no longer match was edited by hand, and is not overwritten
 * without --force.
 */
import { createHash } from 'node:crypto';

const ZERO = '0'.repeat(64);
const FIELD = /(<idno type="checksum">sha256:)([0-9a-f]{64})(<\/idno>)/;

/** The placeholder the writer puts in the first publicationStmt. */
export const CHECKSUM_PLACEHOLDER = `sha256:${ZERO}`;

export function stampChecksum(xml: string): string {
  const hash = sha256(xml);
  return xml.replace(FIELD, `$1${hash}$3`);
}

/** `intact`: as the converter wrote it; `edited`: changed since; `absent`: not written by the converter. */
export function checksumStatus(xml: string): 'intact' | 'edited' | 'absent' {
  const m = FIELD.exec(xml);
  if (!m) return 'absent';
  return sha256(xml.replace(FIELD, `$1${ZERO}$3`)) === m[2] ? 'intact' : 'edited';
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
