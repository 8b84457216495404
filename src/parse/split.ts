/**
 * One source file may hold several archival documents: a page with two labelled headers,
 * or a collection whose documents each end with their archive identifier and credit line.
 */
import type { Unit } from './units.js';
import { isFieldLabel, startsFrontMatter } from './front-matter.js';
import { isCreditLine, standaloneIdentifier } from './trailer.js';

export interface Split {
  collectionTitle?: Unit;
  documents: Unit[][];
}

const LABEL_WITH_VALUE = /:\s*(?:\*+\s*)?\S/;

export function splitDocuments(units: Unit[]): Split {
  const starts = [0];
  let content = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (i > 0 && startsFrontMatter(u) && content >= 3) {
      // The date and title lines just above a citation block belong to the new document.
      let s = i;
      while (s > starts[starts.length - 1]! + 1 && i - s < 2 && isHeaderLine(units[s - 1]!)) s--;
      starts.push(s);
      content = 0;
    } else if (isTrailer(u) && content >= 3) {
      let j = i;
      while (j + 1 < units.length && isTrailer(units[j + 1]!)) j++;
      if (j + 1 < units.length && !startsFrontMatter(units[j + 1]!)) {
        starts.push(j + 1);
        content = 0;
      }
      i = j;
    } else if (isFieldLabel(u)) {
      // A field and its value are front matter, not the document's content.
      if (!LABEL_WITH_VALUE.test(u.text)) i++;
    } else content++;
  }
  const documents = starts.map((s, k) => units.slice(s, starts[k + 1] ?? units.length));
  if (documents.length > 1 && !startsFrontMatter(documents[0]![0]!) && isCollectionTitle(documents[0]![0]!)) {
    const [collectionTitle, ...rest] = documents[0]!;
    documents[0] = rest;
    return { collectionTitle: collectionTitle!, documents };
  }
  return { documents };
}

/** The lines that close a document of a collection: its identifier, its translator. */
function isTrailer(u: Unit): boolean {
  return !!standaloneIdentifier(u.text) || isCreditLine(u.text);
}

function isHeaderLine(u: Unit): boolean {
  return u.text.length < 300 && !/[.!?]\**$/.test(u.text.trim());
}

function isCollectionTitle(u: Unit): boolean {
  const text = u.text.trim();
  return text.length < 250 && !/[.!?:]$/.test(text) && /^\S/.test(u.lines[0]!.text);
}
