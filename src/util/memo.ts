/**
 * A pure reading of a text, made once per text: the splitter, the block classifier and the
 * fact collector each ask it of the same unit. Bounded, so a huge file cannot grow it without
 * end; when full it starts again, which costs time, never a wrong answer.
 */
export function memoByText<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    const value = read(text);
    if (seen.size >= limit) seen.clear();
    seen.set(text, value);
    return value;
  };
}
