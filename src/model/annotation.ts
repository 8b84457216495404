import type { InlineSpec } from './document.js';

/** A half-open range [start, end) of UTF-16 offsets into the text a rule was given. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What an inline rule finds: wrap the text of [start, end) in `node`, leaving out the
 * characters of `drop` (the delimiters: brackets, asterisks, `<sup>` tags…). Annotations
 * from all rules are combined into a tree; they must nest or be disjoint.
 */
export interface Annotation extends Span {
  /** Id of the rule that produced it, e.g. `bracket`, `name`, `date`. */
  rule: string;
  node: InlineSpec;
  drop?: Span[];
  /** Set on guesses an editor should check; the message goes into the conversion report. */
  review?: string;
}

/** Context a document gives its inline rules. */
export interface InlineContext {
  /** Year of the document, for dates written without one. */
  year?: number;
  /** BCP 47 tag of the original language, for original-language terms in brackets. */
  originalLanguage?: string;
}

/** An inline rule: a pure function from text to annotations. */
export type InlineRule = (text: string, context: InlineContext) => Annotation[];
