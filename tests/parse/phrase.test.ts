import { describe, expect, it } from 'vitest';
import { phraseParser } from '../../src/parse/phrase.js';
import { ReportBuilder } from '../../src/diagnostics/report.js';

describe('phraseParser', () => {
  it('leaves an unbalanced bracket as text and tells the editor where it is', () => {
    const report = new ReportBuilder('f.txt');
    const parse = phraseParser('doc', {}, report);
    expect(parse('He said [the] word] and [more', { line: 7, column: 3, offset: 100 })).toEqual([
      { kind: 'text', value: 'He said ' },
      { kind: 'supplied', reason: 'subaudible', children: [{ kind: 'text', value: 'the' }] },
      { kind: 'text', value: ' word] and [more' },
    ]);
    expect(report.report.messages.filter((m) => m.message.startsWith('unbalanced')).map((m) => [m.line, m.column, m.message])).toEqual([
      [7, 21, 'unbalanced "]": left as text'],
      [7, 27, 'unbalanced "[": left as text'],
    ]);
  });
});
