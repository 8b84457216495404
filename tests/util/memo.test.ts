import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/util/memo.js';
import { detached } from '../../src/util/detach.js';
import { hasMoreWordsThan } from '../../src/rules/text.js';

describe('memoByText', () => {
  it('reads a text once and gives the same result each time it is asked again', () => {
    const seen: string[] = [];
    const words = memoByText((t: string) => {
      seen.push(t);
      return t.split(' ');
    });
    const first = words('a b');
    expect(words('a b')).toBe(first);
    expect(words('c')).toEqual(['c']);
    expect(seen).toEqual(['a b', 'c']);
  });

  it('remembers an undefined result too', () => {
    let calls = 0;
    const nothing = memoByText(() => {
      calls++;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });

  it('starts again when full: slower, never wrong', () => {
    let calls = 0;
    const length = memoByText((t: string) => {
      calls++;
      return t.length;
    }, 2);
    expect(['a', 'bb', 'ccc', 'a', 'bb'].map(length)).toEqual([1, 2, 3, 1, 2]);
    expect(calls).toBe(5);
  });
});

describe('detached', () => {
  it('is an equal copy of plain data, sharing no object with it', () => {
    const data = { title: 'Record', persons: [{ id: 'stalin', names: ['Stalin'] }], when: undefined };
    const copy = detached(data);
    expect(copy).toEqual({ title: 'Record', persons: [{ id: 'stalin', names: ['Stalin'] }] });
    expect(copy.persons).not.toBe(data.persons);
  });
});

describe('hasMoreWordsThan', () => {
  it('counts words of a trimmed text up to the limit', () => {
    expect(hasMoreWordsThan('one', 1)).toBe(false);
    expect(hasMoreWordsThan('one two', 1)).toBe(true);
    expect(hasMoreWordsThan('one  two\tthree', 3)).toBe(false);
    expect(hasMoreWordsThan('one  two\tthree four', 3)).toBe(true);
  });
});
