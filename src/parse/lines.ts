import type { Position } from '../model/document.js';

/** One line of the normalised source text. */
export interface Line {
  /** 1-based line number. */
  line: number;
  /** Offset of the line's first character in the whole text. */
  offset: number;
  text: string;
  /** For a piece of a source line (a PDF copy's run-on cover split into fields): the 0-based column where it starts. */
  column?: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  text.split('\n').forEach((t, i) => {
    lines.push({ line: i + 1, offset, text: t });
    offset += t.length + 1;
  });
  return lines;
}

/** The position of a column (0-based offset into the line's text) of a line. */
export function linePosition(line: Line, column = 0): Position {
  return { line: line.line, column: (line.column ?? 0) + column + 1, offset: line.offset + column };
}

/** The piece `[start, end)` of a line, as a line of its own that keeps its source position. */
export function linePiece(line: Line, start: number, end = line.text.length): Line {
  return { line: line.line, offset: line.offset + start, text: line.text.slice(start, end), column: (line.column ?? 0) + start };
}

/** Line and column of an offset in a whole text (for rare lookups; O(n)). */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}
