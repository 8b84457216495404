/**
 * A deep copy of plain data whose strings are their own. In V8 a string cut from a larger one
 * (as the XML reader's text and attribute values are cut from the file's text) keeps the whole
 * larger string alive; what outlives a file's tree (the corpus view's entries, the corpus exports'
 * records) is copied out of it, so memory grows with what is kept, not with the files read.
 */
export function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
