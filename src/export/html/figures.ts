/** Numbers in the corpus view's drawings and sentences. */

/** A coordinate to one decimal: short, and the same on every machine. */
export function fix(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** `1 document`, `2 documents`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
