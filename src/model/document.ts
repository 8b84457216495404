/**
 * The one typed document model between parsing and output. Parsers produce it,
 * the TEI writer consumes it; nothing else crosses that boundary.
 */

/** A place in the (normalised) source text. Lines and columns are 1-based. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** The source position of each offset into a text cut from the source (its lines may have been joined). */
export type Locator = (offset: number) => Position;

/** Offsets into a text that stands on one line from `pos` on. */
export const lineLocator = (pos: Position): Locator => (offset) => ({ line: pos.line, column: pos.column + offset, offset: pos.offset + offset });

export type Cert = 'low' | 'medium' | 'high';
export type EntityKind = 'person' | 'place' | 'org';
export type SuppliedReason = 'explanation' | 'subaudible';
export type GapReason = 'editorial' | 'signature' | 'illegible';
export type HiRend = 'italic' | 'bold';
/** How the source delimited an editorial intervention, so renderers can put it back. */
export type Delimiter = 'square' | 'round';

/** Inline content. `kind` names the phenomenon; the TEI writer maps it to elements. */
export type Inline =
  | { kind: 'text'; value: string }
  /** `[Stalin]`, `[the]`: words the editor supplied. */
  | { kind: 'supplied'; reason: SuppliedReason; cert?: Cert; children: Inline[] }
  /** `Com[rade]`: the whole word; its `ex` child holds the supplied letters. */
  | { kind: 'expan'; children: Inline[] }
  | { kind: 'ex'; children: Inline[] }
  /** `[...]`, `[signature]`, `(illegible signature)`: something of the original not transcribed. */
  | { kind: 'gap'; reason: GapReason; desc?: string; cert?: Cert; delimiter: Delimiter }
  | { kind: 'foreign'; lang: string; children: Inline[] }
  /** A name; `ref` is the entity id (without '#') when the gazetteer knows it. */
  | { kind: 'name'; type: EntityKind; ref?: string; children: Inline[] }
  /** A date; `when` is ISO 8601 (`1949-04-13`, `1949-04`, `--12-31`), `cert` when the year was inferred. */
  | { kind: 'date'; when?: string; cert?: Cert; children: Inline[] }
  | { kind: 'hi'; rend: HiRend; children: Inline[] }
  /** A footnote marker pointing to a note in the same document (`target` is the note's id). */
  | { kind: 'noteRef'; target: string; n: string }
  /** `(Joke)`: a recorder's remark inside speech. */
  | { kind: 'stage'; children: Inline[] }
  /** `[Translator's note: …]`, `[?]`, a bracket holding brackets: the translator's or editor's remark (note type="editorial"). */
  | { kind: 'editorialNote'; children: Inline[] }
  /** `[Everyone laughs]`, `[Pause]`: what happened in the room, described. */
  | { kind: 'incident'; desc: string }
  /** `[date left blank]`, `[blank]`: a space the original left empty, described. */
  | { kind: 'space'; desc: string }
  /** `recieved [sic]`: the word as the original wrote it. */
  | { kind: 'sic'; children: Inline[] }
  /** `[handwritten: agreed]`, `[inserted by hand: agreed]`: words added by hand on the original. */
  | { kind: 'add'; children: Inline[] }
  | { kind: 'title'; children: Inline[] }
  /** An identifier; `type` is `archival` for a whole archival string, or a component type. */
  | { kind: 'idno'; type: string; children: Inline[] }
  | { kind: 'ref'; target: string; children: Inline[] }
  | { kind: 'num'; children: Inline[] }
  /** The pages or volume of a cited book ("33-34", "vol. 5"). */
  | { kind: 'citedRange'; children: Inline[] }
  /** Where the source broke a paragraph (page break) and the parser rejoined it. */
  | { kind: 'pb' };

export type InlineElement = Exclude<Inline, { kind: 'text' }>;
type WithoutChildren<T> = T extends unknown ? Omit<T, 'children'> : never;
/** An inline element before its children are known: what a rule asks to wrap a span in. */
export type InlineSpec = WithoutChildren<InlineElement>;

/** A run of inline content with the source position of its first character. */
export interface Phrase {
  pos: Position;
  children: Inline[];
}

export type Block =
  | { kind: 'p'; pos: Position; children: Inline[] }
  /**
   * A speaker turn. `who` is a person id, absent for a role label no single person of the
   * document holds ("Chairman:"); `speaker` keeps the label as written.
   */
  | {
      kind: 'sp';
      pos: Position;
      who?: string;
      speaker: string;
      paragraphs: Phrase[];
      /** The short name an earlier label declared for this speaker ("Kim"), a spelling of the person. */
      alias?: string;
    }
  | { kind: 'head'; pos: Position; children: Inline[] }
  | { kind: 'list'; pos: Position; items: ListItem[] }
  | { kind: 'opener'; pos: Position; parts: LetterPart[] }
  | { kind: 'closer'; pos: Position; parts: LetterPart[] }
  | { kind: 'note'; pos: Position; type: NoteType; id?: string; n?: string; children: Inline[] }
  /** A numbered or headed section. */
  | { kind: 'div'; pos: Position; type?: string; n?: string; head?: Phrase; blocks: Block[] }
  /** A book cited in commentary ("Red Wings over the Yalu, 33-34"): a title and a citedRange. */
  | { kind: 'bibl'; pos: Position; children: Inline[] }
  /** A letter or message quoted inside another document (a telegram transmitting a letter). */
  | { kind: 'floatingText'; pos: Position; type: string; blocks: Block[] };

export type NoteType = 'classification' | 'distribution' | 'archival' | 'footnote' | 'editorial' | 'credit';

export interface ListItem {
  pos: Position;
  n: string;
  children: Inline[];
}

export type LetterPart =
  | { kind: 'salute'; pos: Position; children: Inline[] }
  | { kind: 'dateline'; pos: Position; children: Inline[] }
  | { kind: 'signed'; pos: Position; children: Inline[] }
  | { kind: 'note'; pos: Position; type: NoteType; children: Inline[] }
  /** Phrase-level content standing in a closer, such as an omission mark. */
  | { kind: 'phrase'; pos: Position; children: Inline[] };

/** A date read from the text. */
export interface DateValue {
  text: string;
  when: string;
  cert?: Cert;
}

export type RespWord =
  | 'translated by'
  | 'contributed by'
  | 'recorded by'
  | 'checked by'
  | 'transcribed by'
  | 'obtained by';

export interface Credit {
  resp: RespWord;
  /** The words of the source, e.g. "Translated for CWIHP from Russian by". */
  said: string;
  names: string[];
  pos?: Position;
}

export type ArchivalComponentType = 'fond' | 'opis' | 'delo' | 'por' | 'papka' | 'list' | 'listy' | 'box' | 'file';

/** One archival location as cited, with its components where they are certain. */
export interface ArchivalIdentifier {
  /** The citation's words for it, kept whole. */
  text: string;
  acronym: string;
  /** Present when the acronym is in the table of archives. */
  archive?: Archive;
  /** `offset`: where the value stands in `text`. */
  components: { type: ArchivalComponentType; value: string; offset: number }[];
}

export interface Archive {
  acronym: string;
  name: string;
  country: string;
  settlement: string;
}

/** A printed edition of the document ("Reprinted in …", "Published in Bulletin #16 …"). */
export interface PrintedSource {
  text: string;
  editors: string[];
  title: string;
  volume?: string;
  part?: string;
  place?: string;
  publisher?: string;
  date?: string;
  pages?: { from: string; to?: string };
  note?: string;
}

export interface CorrespAction {
  type: 'sent' | 'received' | 'transmitted';
  persons: string[];
}

export interface Correspondence {
  actions: CorrespAction[];
  /** Telegram or registry numbers of the document itself. */
  numbers: string[];
}

export type DocType = 'record of conversation' | 'ciphered telegram' | 'memorandum' | 'letter' | 'telegram' | 'report';

export interface Language {
  /** BCP 47 tag, e.g. `ru`, `zh`. */
  ident: string;
  name: string;
}

/** An entity of the gazetteer as used in one document. */
export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Every spelling of the gazetteer plus every spelling seen in this document. */
  variants: string[];
  /** True when the gazetteer did not know the name. */
  unknown?: boolean;
}

/** The digital archive's own record of the page: its id, upload date and rights statement. */
export interface PageRecord {
  id?: string;
  uploaded?: DateValue;
  rights: string[];
}

/** A subject term of the page ("Associated People & Organizations", "Associated Places", "Subjects Discussed"). */
export interface SubjectTerm {
  type: 'person' | 'org' | 'place' | 'topic';
  term: string;
}

export interface Header {
  title: string;
  /** The page's Author field, when it names one. */
  author?: string;
  /** Who funded the page's translation or publication ("made possible with support from …"). */
  funders: string[];
  record?: PageRecord;
  subjects: SubjectTerm[];
  date?: DateValue;
  docType?: DocType;
  summary?: string;
  originalLanguage?: Language;
  /** The citation line, parsed into tagged inline content. */
  citation?: Phrase;
  credits: Credit[];
  identifiers: ArchivalIdentifier[];
  printedSources: PrintedSource[];
  urls: string[];
  digitalArchive?: string;
  correspondence?: Correspondence;
  classification: string[];
  /** Ids of persons present at the meeting or taking part in the correspondence. */
  participants: string[];
  entities: Entity[];
}

export interface TeiDocument {
  /** Stable xml:id derived from the source file name and position. */
  id: string;
  header: Header;
  body: Block[];
  /** Commentary following the document on the page. */
  back: Block[];
}

/** One source file, converted. Several documents become a teiCorpus. */
export interface SourceConversion {
  /** Source file name (basename), recorded in the output. */
  sourceName: string;
  id: string;
  /** The collection title of a multi-document source. */
  collectionTitle?: string;
  documents: TeiDocument[];
}
