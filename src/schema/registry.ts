/**
 * The element registry: for each element teikit writes, its TEI module, whether the serializer
 * indents it (structural: element-only content), how the HTML export renders it, and each role
 * it plays (an element used with different attributes or content, such as idno as an archival
 * string or as one of its components, has a role each): the RelaxNG define's name, a
 * documentation line, the content model with its attributes and closed value lists, and what its
 * pointers may point to under the house rules. schemas/teikit.rng, schemas/teikit.odd,
 * schemas/teikit.md, the house pointer kinds, the serializer's structural set and the HTML
 * behaviour table are made from it (npm run schema); none of them is edited by hand.
 */
import { attribute, choice, data, empty, group, mixed, oneOrMore, optional, ref, text, value, values, zeroOrMore, type Pattern } from './pattern.js';

/** The TEI module that defines the element (the ODD's moduleRef). */
export type TeiModule = 'core' | 'header' | 'textstructure' | 'corpus' | 'msdescription' | 'namesdates' | 'transcr' | 'spoken';

/** A render function of src/export/html/elements.ts; an element without one is rendered as its children. */
export type HtmlBehaviour =
  | 'supplied'
  | 'expan'
  | 'ex'
  | 'gap'
  | 'stage'
  | 'name'
  | 'ref'
  | 'note'
  | 'date'
  | 'hi'
  | 'foreign'
  | 'cite'
  | 'num'
  | 'citedRange'
  | 'idno'
  | 'pb'
  | 'paragraph'
  | 'head'
  | 'sp'
  | 'list'
  | 'div'
  | 'container'
  | 'floatingText';

/** A house rule on a pointing attribute: the kinds of element its local pointer may name. */
export interface PointerKind {
  attr: string;
  targets: string[];
  why: string;
  /** Only on an element with this @type. */
  type?: string;
}

export interface Role {
  /** The RelaxNG define (idno.archival). */
  define: string;
  doc: string;
  /** Attributes and content, as RelaxNG patterns. */
  content: Pattern[];
  /** Why the model is as it is (a comment in the schema). */
  note?: string;
  pointers?: PointerKind[];
}

export interface ElementEntry {
  name: string;
  module: TeiModule;
  /** Element-only content: the serializer indents its children. */
  structural?: true;
  html?: HtmlBehaviour;
  roles: Role[];
}

/** A named pattern that is not an element: attribute classes, datatypes, content classes. */
export interface NamedPattern {
  define: string;
  note?: string;
  body: Pattern[];
}

const role = (define: string, doc: string, content: Pattern[], extra: Partial<Role> = {}): Role => ({ define, doc, content, ...extra });

/** A declared entity's standard name and its other spellings, in the header's lists. */
const declaredNames = (element: string, standard: string, variant: string): Role[] => [
  role(`${element}.standard`, standard, [attribute('type', value('standard')), text]),
  role(`${element}.variant`, variant, [attribute('type', value('variant')), text]),
];
/** A name in running text, whose @ref points to its declaration when there is one. */
const inlineName = (element: string, doc: string, extra: Partial<Role> = {}): Role =>
  role(`${element}.inline`, doc, [optional(attribute('ref', ref('data.localPointer'))), ref('macro.phraseSeq')], extra);
const pattern = (define: string, note: string, body: Pattern[]): NamedPattern => ({ define, ...(note && { note }), body });

/** The root elements. */
export const START = ['TEI', 'teiCorpus'];

export const PATTERNS: NamedPattern[] = [
  pattern("att.xmlid", "tei_all types xml:id as xsd:ID; so do we (jing then also checks uniqueness).", [attribute("xml:id", data("ID"))]),
  pattern("data.localPointer", "A same-file pointer \"#id\": the only kind of @who, @ref, @sameAs the writer makes. tei_all allows a list of any URIs; one #NCName is a subset of that.", [data("anyURI", "#[\\i-[:]][\\c-[:]]*")]),
  pattern("data.when", "teidata.temporal.w3c less gMonth, gDay and bare time: a date, a year, a year and month, a day without a year (gMonthDay), or a date with a time of day.", [choice(data("date"), data("gYear"), data("gYearMonth"), data("gMonthDay"), data("dateTime"))]),
  pattern("att.cert", "teidata.certainty; the numeric probabilities tei_all also allows are not used.", [optional(attribute("cert", values("low", "medium", "high")))]),
  pattern("data.word", "teidata.word, as tei_all defines it.", [data("token", "[^\\p{C}\\p{Z}]+")]),
  pattern("model.phrase", "Phrase-level elements, all of them members of tei_all's model.phrase or model.global, so allowed wherever tei_all's macro.phraseSeq is (note: a translator's or editor's remark in square brackets).", [choice(ref("supplied"), ref("expan"), ref("gap"), ref("foreign"), ref("persName.inline"), ref("placeName.inline"), ref("orgName.inline"), ref("date"), ref("hi"), ref("ref"), ref("title.inline"), ref("idno.archival"), ref("num"), ref("pb"), ref("note"), ref("incident"), ref("space"), ref("sic"), ref("add"))]),
  pattern("macro.phraseSeq", "macro.phraseSeq cut down: text and phrases, no stage directions.", [mixed(zeroOrMore(ref("model.phrase")))]),
  pattern("macro.paraContent", "macro.paraContent cut down: phrases and, as tei_all's model.inter allows, stage.", [mixed(zeroOrMore(choice(ref("model.phrase"), ref("stage"))))]),
  pattern("model.common", "Blocks of a body or div (tei_all's model.common).", [choice(ref("p"), ref("sp"), ref("list"), ref("floatingText"), ref("bibl.reference"))]),
  pattern("divTop", "tei_all's body and div model: what opens (head, opener), then either blocks followed by divs or divs only, then closers; notes (model.global) between any of them. Once a level has divs, no paragraph may follow them.", [choice(ref("head"), ref("opener"))]),
  pattern("divMiddle", "", [choice(oneOrMore(ref("div"), zeroOrMore(ref("note"))), group(oneOrMore(ref("model.common"), zeroOrMore(ref("note"))), zeroOrMore(ref("div"), zeroOrMore(ref("note")))))]),
  pattern("divBottom", "", [zeroOrMore(ref("closer"), zeroOrMore(ref("note")))]),
  pattern("archivalLocation", "tei_all's msIdentifier model; its Schematron rule msId_minimal also asks for a repository or place before the idno, which we require in the grammar.", [optional(ref("country"), ref("settlement")), ref("repository"), ref("idno.archival")]),
  pattern("letterParts", "tei_all's opener and closer both allow salute, dateline, signed, phrases and notes.", [mixed(zeroOrMore(choice(ref("salute"), ref("dateline"), ref("signed"), ref("note"), ref("model.phrase"))))]),
];

export const ELEMENTS: ElementEntry[] = [
  {
    name: 'bibl',
    module: 'core',
    html: 'paragraph',
    roles: [
      role("bibl.reference", "A book a commentary quotes, as the page cites it: its title and the volume or pages cited.",
        [mixed(zeroOrMore(choice(ref("model.phrase"), ref("citedRange"))))]),
      role("bibl", "The archive's citation line kept whole, its parts tagged.",
        [attribute("type", value("citation")), ref("macro.phraseSeq"), optional(ref("idno.record")), optional(ref("date.uploaded")), optional(ref("availability"))]),
    ],
  },
  {
    name: 'citedRange',
    module: 'core',
    html: 'citedRange',
    roles: [
      role("citedRange", "The pages, volume or chapter of a quoted book, as written (\"33-34\", \"vol. 5\").",
        [text]),
    ],
  },
  {
    name: 'TEI',
    module: 'textstructure',
    structural: true,
    roles: [
      role("TEI", "One archival document: its header and its text. A TEI of a teiCorpus has no xml:lang of its own.",
        [ref("att.xmlid"), optional(attribute("xml:lang", data("language"))), ref("teiHeader"), ref("text")]),
    ],
  },
  {
    name: 'teiCorpus',
    module: 'corpus',
    structural: true,
    roles: [
      role("teiCorpus", "A source file holding several archival documents: a header for the file, then one TEI per document.",
        [ref("att.xmlid"), attribute("xml:lang", data("language")), ref("teiHeader"), oneOrMore(ref("TEI"))]),
    ],
  },
  {
    name: 'teiHeader',
    module: 'header',
    structural: true,
    roles: [
      role("teiHeader", "The header. A document in a corpus leaves the encoding description and the entity declarations to the corpus header.",
        [ref("fileDesc"), optional(ref("encodingDesc")), optional(ref("profileDesc"))]),
    ],
  },
  {
    name: 'fileDesc',
    module: 'header',
    structural: true,
    roles: [
      role("fileDesc", "Title, publication of the TEI file, and the sources it transcribes.",
        [ref("titleStmt"), ref("publicationStmt"), ref("sourceDesc")]),
    ],
  },
  {
    name: 'titleStmt',
    module: 'header',
    structural: true,
    roles: [
      role("titleStmt", "The document's title as given, and who translated, contributed or recorded it.",
        [ref("title.main"), optional(ref("author")), zeroOrMore(ref("respStmt")), zeroOrMore(ref("funder"))]),
    ],
  },
  {
    name: 'funder',
    module: 'header',
    roles: [
      role("funder", "Who funded the page's translation or publication, from its line \"This document was made possible with support from …\".",
        [text]),
    ],
  },
  {
    name: 'author',
    module: 'core',
    roles: [
      role("author", "The author the page's Author field names, as written.",
        [text]),
    ],
  },
  {
    name: 'title',
    module: 'core',
    html: 'cite',
    roles: [
      role("title.main", "The title of the document (or, in a corpus header, of the collection), as plain text.",
        [text]),
      role("title.monogr", "Title of a printed edition.",
        [attribute("level", value("m")), text]),
      role("title.inline", "A title named in the text or the citation.",
        [ref("macro.paraContent")]),
    ],
  },
  {
    name: 'respStmt',
    module: 'core',
    structural: true,
    roles: [
      role("respStmt", "One responsibility (translation, contribution, recording…) and the persons who bore it.",
        [ref("resp"), oneOrMore(ref("persName.plain"))]),
    ],
  },
  {
    name: 'resp',
    module: 'core',
    roles: [
      role("resp", "The responsibility, in one of the toolkit's normalised resp words (the source's own words stay in the citation).",
        [values("translated by", "contributed by", "recorded by", "checked by", "transcribed by", "obtained by")]),
    ],
  },
  {
    name: 'publicationStmt',
    module: 'header',
    structural: true,
    roles: [
      role("publicationStmt", "The TEI file itself: made by the toolkit, from which source file; the outermost header also carries the checksum that tells hand edits apart.",
        [ref("publisher"), ref("idno.source"), optional(ref("idno.checksum")), ref("availability")]),
    ],
  },
  {
    name: 'publisher',
    module: 'core',
    roles: [
      role("publisher", "The toolkit (in publicationStmt) or a printed edition's publisher (in imprint).",
        [text]),
    ],
  },
  {
    name: 'idno',
    module: 'header',
    html: 'idno',
    roles: [
      role("idno.source", "The name of the source file the TEI was converted from.",
        [attribute("type", value("source")), text]),
      role("idno.checksum", "SHA-256 of the file as written, with this field zeroed.",
        [attribute("type", value("checksum")), data("token", "sha256:[0-9a-f]{64}")]),
      role("idno.record", "The digital archive's Record ID of the page.",
        [attribute("type", value("record")), text]),
      role("idno.archival", "An archival string kept as cited, its components tagged inside it. A string the table of archives cannot split is kept whole without components (the conversion report asks an editor to review it); the house rule idno-components rejects one whose components could be read but are not tagged.",
        [attribute("type", value("archival")), mixed(zeroOrMore(ref("idno.component")))]),
      role("idno.component", "One component of an archival string, its value as written (leading zeros kept). list is one leaf, listy a range or list of leaves; por is the Foreign Policy Archive's item number (poriadkovyi nomer); box and file serve archives outside Russia.",
        [attribute("type", values("fond", "opis", "delo", "por", "papka", "list", "listy", "box", "file")), text]),
      role("idno.telegram", "The document's own telegram or registry number.",
        [attribute("type", value("telegram")), text]),
      role("idno.authority", "The person's or place's record in an authority file, as its URI: written only when the gazetteer holds it with a note saying where it was verified.",
        [attribute("type", values("wikidata", "viaf", "geonames")), data("anyURI", "http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*|http://viaf\\.org/viaf/[1-9][0-9]*|https://sws\\.geonames\\.org/[1-9][0-9]*")]),
    ],
  },
  {
    name: 'availability',
    module: 'header',
    structural: true,
    roles: [
      role("availability", "Rights statement.",
        [oneOrMore(ref("p"))]),
    ],
  },
  {
    name: 'sourceDesc',
    module: 'header',
    structural: true,
    roles: [
      role("sourceDesc", "A document's sources: the archive's citation, the archival locations, printed editions. A corpus header describes its collection in a paragraph, as does a document whose page gives none of them.",
        [choice(oneOrMore(ref("p")), group(ref("bibl"), optional(ref("msDesc")), zeroOrMore(ref("biblStruct"))), group(ref("msDesc"), zeroOrMore(ref("biblStruct"))), oneOrMore(ref("biblStruct")))]),
    ],
  },
  {
    name: 'date',
    module: 'core',
    html: 'date',
    roles: [
      role("date.uploaded", "The page's \"Original Uploaded Date\".",
        [attribute("type", value("uploaded")), attribute("when", ref("data.when")), text]),
      role("date", "A date as written, normalised in @when; cert=\"medium\" when the year was taken from the document.",
        [optional(attribute("when", ref("data.when"))), ref("att.cert"), ref("macro.phraseSeq")]),
    ],
  },
  {
    name: 'msDesc',
    module: 'msdescription',
    structural: true,
    roles: [
      role("msDesc", "The archival document as an object: here only its identifiers.",
        [ref("msIdentifier")]),
    ],
  },
  {
    name: 'msIdentifier',
    module: 'msdescription',
    structural: true,
    roles: [
      role("msIdentifier", "The first archival location cited, then the document's own telegram or registry numbers and further archival locations.",
        [ref("archivalLocation"), zeroOrMore(ref("altIdentifier"))]),
    ],
  },
  {
    name: 'altIdentifier',
    module: 'msdescription',
    structural: true,
    roles: [
      role("altIdentifier", "Another identifier of the same document: a telegram or registry number, or another archive's location (an APRF file also kept at RGASPI).",
        [choice(group(attribute("type", value("telegram")), ref("idno.telegram")), group(attribute("type", value("archival")), ref("archivalLocation")))]),
    ],
  },
  {
    name: 'country',
    module: 'namesdates',
    roles: [
      role("country", "Country of the archive, from the table of archives.",
        [text]),
    ],
  },
  {
    name: 'settlement',
    module: 'namesdates',
    roles: [
      role("settlement", "City of the archive, from the table of archives.",
        [text]),
    ],
  },
  {
    name: 'repository',
    module: 'msdescription',
    roles: [
      role("repository", "The archive's full name, or its acronym as cited when the table of archives does not know it.",
        [text]),
    ],
  },
  {
    name: 'biblStruct',
    module: 'core',
    structural: true,
    roles: [
      role("biblStruct", "A printed edition of the document (\"Reprinted in …\"), its parts structured, the citation kept whole in a note.",
        [ref("monogr"), zeroOrMore(ref("note"))]),
    ],
  },
  {
    name: 'monogr',
    module: 'core',
    structural: true,
    roles: [
      role("monogr", "The book or journal: editors, title, imprint, volume, part and pages.",
        [zeroOrMore(ref("editor")), ref("title.monogr"), ref("imprint"), zeroOrMore(ref("biblScope"))]),
    ],
  },
  {
    name: 'editor',
    module: 'core',
    roles: [
      role("editor", "One editor of a printed edition.",
        [text]),
    ],
  },
  {
    name: 'imprint',
    module: 'core',
    structural: true,
    roles: [
      role("imprint", "Place, publisher, date of a printed edition; an empty date when the citation gives none.",
        [choice(group(ref("pubPlace"), optional(ref("publisher")), optional(ref("date"))), group(ref("publisher"), optional(ref("date"))), ref("date"))], { note: 'tei_all needs at least one of them.' }),
    ],
  },
  {
    name: 'pubPlace',
    module: 'core',
    roles: [
      role("pubPlace", "Place of publication.",
        [text]),
    ],
  },
  {
    name: 'biblScope',
    module: 'core',
    roles: [
      role("biblScope", "Volume, part (book) or pages of a printed edition; pages with @from and @to.",
        [choice(attribute("unit", values("volume", "part")), group(attribute("unit", value("page")), attribute("from", ref("data.word")), attribute("to", ref("data.word")))), text]),
    ],
  },
  {
    name: 'encodingDesc',
    module: 'header',
    structural: true,
    roles: [
      role("encodingDesc", "How the transcript was encoded, and by which program.",
        [optional(ref("classDecl")), ref("editorialDecl"), ref("appInfo")]),
    ],
  },
  {
    name: 'classDecl',
    module: 'header',
    roles: [
      role("classDecl", "The taxonomy the page's subject terms belong to, declared where a file uses them.",
        [ref("taxonomy")]),
    ],
  },
  {
    name: 'editorialDecl',
    module: 'header',
    structural: true,
    roles: [
      role("editorialDecl", "How square brackets, parentheses and slashes were read.",
        [oneOrMore(ref("p"))]),
    ],
  },
  {
    name: 'appInfo',
    module: 'header',
    structural: true,
    roles: [
      role("appInfo", "The program that made the file.",
        [ref("application")]),
    ],
  },
  {
    name: 'application',
    module: 'header',
    structural: true,
    roles: [
      role("application", "The toolkit, its name and version.",
        [attribute("ident", data("Name")), attribute("version", data("token", "[\\d]+[a-z]*[\\d]*(\\.[\\d]+[a-z]*[\\d]*){0,3}")), ref("label")]),
    ],
  },
  {
    name: 'label',
    module: 'core',
    roles: [
      role("label", "The toolkit's name.",
        [text]),
    ],
  },
  {
    name: 'profileDesc',
    module: 'header',
    structural: true,
    roles: [
      role("profileDesc", "Summary, languages, document type, correspondence, persons, organisations and places.",
        [optional(ref("abstract")), optional(ref("creation")), optional(ref("langUsage")), optional(ref("textClass")), optional(ref("correspDesc")), optional(ref("particDesc")), optional(ref("settingDesc"))]),
    ],
  },
  {
    name: 'abstract',
    module: 'header',
    structural: true,
    roles: [
      role("abstract", "The page's \"Summary\" or \"Description\".",
        [oneOrMore(ref("p"))]),
    ],
  },
  {
    name: 'creation',
    module: 'header',
    roles: [
      role("creation", "When the document was written: its date from the title or citation.",
        [ref("date")]),
    ],
  },
  {
    name: 'langUsage',
    module: 'header',
    structural: true,
    roles: [
      role("langUsage", "English (the translation) and the original's language where the source names it.",
        [oneOrMore(ref("language"))]),
    ],
  },
  {
    name: 'language',
    module: 'header',
    roles: [
      role("language", "One language, by BCP 47 tag.",
        [attribute("ident", data("language")), text]),
    ],
  },
  {
    name: 'textClass',
    module: 'header',
    structural: true,
    roles: [
      role("textClass", "Classification of the document.",
        [choice(group(ref("keywords"), optional(ref("keywords.subjects"))), ref("keywords.subjects"))]),
    ],
  },
  {
    name: 'keywords',
    module: 'header',
    structural: true,
    roles: [
      role("keywords", "The document type and security classifications.",
        [oneOrMore(choice(ref("term.documentType"), ref("term.classification")))]),
      role("keywords.subjects", "The page's subject terms (Associated People & Organizations, Places, Topics, Subjects Discussed), as written.",
        [attribute("scheme", value("#source-subjects")), oneOrMore(ref("term.subject"))]),
    ],
  },
  {
    name: 'term',
    module: 'core',
    roles: [
      role("term.documentType", "The type of the document, from the toolkit's closed list.",
        [attribute("type", value("documentType")), values("record of conversation", "ciphered telegram", "memorandum", "letter", "telegram", "report")]),
      role("term.classification", "A security classification line (\"Top Secret\"), as written.",
        [attribute("type", value("classification")), text]),
      role("term.subject", "One subject term, by kind.",
        [attribute("type", values("person", "org", "place", "topic")), text]),
    ],
  },
  {
    name: 'correspDesc',
    module: 'header',
    structural: true,
    roles: [
      role("correspDesc", "Who sent, transmitted and received a telegram or letter.",
        [oneOrMore(ref("correspAction"))]),
    ],
  },
  {
    name: 'correspAction',
    module: 'header',
    structural: true,
    roles: [
      role("correspAction", "One step of the correspondence and the persons in it.",
        [attribute("type", values("sent", "transmitted", "received")), oneOrMore(ref("persName.inline"))]),
    ],
  },
  {
    name: 'particDesc',
    module: 'corpus',
    structural: true,
    roles: [
      role("particDesc", "Persons and organisations declared in this file, and the participants of the meeting or correspondence.",
        [choice(group(ref("listPerson.declared"), optional(ref("listOrg")), optional(ref("listPerson.participants"))), group(ref("listOrg"), optional(ref("listPerson.participants"))), ref("listPerson.participants"))], { note: "tei_all's particDesc needs at least one list, hence the three branches." }),
    ],
  },
  {
    name: 'listPerson',
    module: 'namesdates',
    structural: true,
    roles: [
      role("listPerson.declared", "The persons declared in this file.",
        [oneOrMore(ref("person.declared"))]),
      role("listPerson.participants", "The persons taking part in the meeting or correspondence, pointing to their declarations.",
        [attribute("type", value("participants")), oneOrMore(ref("person.participant"))]),
    ],
  },
  {
    name: 'person',
    module: 'namesdates',
    structural: true,
    roles: [
      role("person.declared", "A person: the standard name, every variant seen (transliterations, code names), and the verified authority identifiers.",
        [ref("att.xmlid"), ref("persName.standard"), zeroOrMore(ref("persName.variant")), zeroOrMore(ref("idno.authority"))]),
      role("person.participant", "A participant, pointing to the person's declaration.",
        [attribute("sameAs", ref("data.localPointer")), attribute("role", value("participant")), empty], { pointers: [{ attr: 'sameAs', targets: ['person'], why: 'a participant points to the person declared once' }] }),
    ],
  },
  {
    name: 'listOrg',
    module: 'namesdates',
    structural: true,
    roles: [
      role("listOrg", "The organisations declared in this file.",
        [oneOrMore(ref("org"))]),
    ],
  },
  {
    name: 'org',
    module: 'namesdates',
    structural: true,
    roles: [
      role("org", "An organisation: its standard name and every variant seen.",
        [ref("att.xmlid"), ref("orgName.standard"), zeroOrMore(ref("orgName.variant"))]),
    ],
  },
  {
    name: 'settingDesc',
    module: 'corpus',
    structural: true,
    roles: [
      role("settingDesc", "The places declared in this file.",
        [ref("listPlace")]),
    ],
  },
  {
    name: 'listPlace',
    module: 'namesdates',
    structural: true,
    roles: [
      role("listPlace", "The places declared in this file.",
        [oneOrMore(ref("place"))]),
    ],
  },
  {
    name: 'place',
    module: 'namesdates',
    structural: true,
    roles: [
      role("place", "A place: its standard name, every variant seen (Beiping, Peiping = Beijing), and the verified authority identifiers.",
        [ref("att.xmlid"), ref("placeName.standard"), zeroOrMore(ref("placeName.variant")), zeroOrMore(ref("idno.authority"))]),
    ],
  },
  {
    name: 'persName',
    module: 'namesdates',
    html: 'name',
    roles: [
      ...declaredNames("persName", "A person's standard name.", "Another spelling or name of the person."),
      role("persName.plain", "A credited person (translator, contributor…), as named.",
        [text]),
      inlineName("persName", "A person named in the text; @ref points to the person's declaration when the gazetteer knows the name.",
        { pointers: [{ attr: 'ref', targets: ['person'], why: "a name's @ref points to its declaration" }] }),
    ],
  },
  {
    name: 'orgName',
    module: 'namesdates',
    html: 'name',
    roles: [
      ...declaredNames("orgName", "An organisation's standard name.", "Another name or abbreviation of the organisation."),
      inlineName("orgName", "An organisation named in the text (or the digital archive in the citation); @ref points to its declaration."),
    ],
  },
  {
    name: 'placeName',
    module: 'namesdates',
    html: 'name',
    roles: [
      ...declaredNames("placeName", "A place's standard name.", "Another spelling of the place."),
      inlineName("placeName", "A place named in the text; @ref points to its declaration."),
    ],
  },
  {
    name: 'text',
    module: 'textstructure',
    structural: true,
    roles: [
      role("text", "The document's text, and the editors' commentary that follows it on the page.",
        [ref("body"), optional(ref("back"))]),
    ],
  },
  {
    name: 'body',
    module: 'textstructure',
    structural: true,
    html: 'container',
    roles: [
      role("body", "The document (or the letter of a floatingText). An empty document still has a paragraph with a gap.",
        [zeroOrMore(ref("note")), optional(ref("divTop"), zeroOrMore(choice(ref("divTop"), ref("note")))), ref("divMiddle"), ref("divBottom")]),
    ],
  },
  {
    name: 'back',
    module: 'textstructure',
    structural: true,
    html: 'container',
    roles: [
      role("back", "Commentary following the document on the page.",
        [zeroOrMore(choice(ref("p"), ref("list"), ref("note"))), optional(ref("div"), zeroOrMore(choice(ref("div"), ref("note"))))]),
    ],
  },
  {
    name: 'div',
    module: 'textstructure',
    structural: true,
    html: 'div',
    roles: [
      role("div", "A section: headed (section), numbered with a Roman number (remark) or an Arabic number (item, nested in a remark or section), or the commentary in back.",
        [optional(attribute("type", values("section", "remark", "item", "commentary"))), optional(attribute("n", text)), zeroOrMore(choice(ref("divTop"), ref("note"))), optional(ref("divMiddle")), ref("divBottom")]),
    ],
  },
  {
    name: 'floatingText',
    module: 'textstructure',
    structural: true,
    html: 'floatingText',
    roles: [
      role("floatingText", "A letter quoted inside another document (a message a telegram transmits).",
        [attribute("type", value("letter")), ref("body")]),
    ],
  },
  {
    name: 'head',
    module: 'core',
    html: 'head',
    roles: [
      role("head", "Heading of the document or of a section.",
        [ref("macro.paraContent")]),
    ],
  },
  {
    name: 'p',
    module: 'core',
    html: 'paragraph',
    roles: [
      role("p", "A paragraph (in the header: a plain prose statement).",
        [ref("macro.paraContent")]),
    ],
  },
  {
    name: 'sp',
    module: 'core',
    structural: true,
    html: 'sp',
    roles: [
      role("sp", "A speaker's turn in a record of conversation: @who points to the person (absent where the label is a role no single person of the document holds), speaker keeps the label as written and comes first.",
        [optional(attribute("who", ref("data.localPointer"))), ref("speaker"), oneOrMore(ref("p"))], { pointers: [{ attr: 'who', targets: ['person'], why: 'a speaker is a person declared in the header' }] }),
    ],
  },
  {
    name: 'speaker',
    module: 'core',
    html: 'paragraph',
    roles: [
      role("speaker", "The turn's label as written (\"Comrade Stalin:\").",
        [text]),
    ],
  },
  {
    name: 'list',
    module: 'core',
    structural: true,
    html: 'list',
    roles: [
      role("list", "Numbered topics.",
        [attribute("type", value("ordered")), oneOrMore(ref("item"))]),
    ],
  },
  {
    name: 'item',
    module: 'core',
    roles: [
      role("item", "One numbered topic; @n is its number as written.",
        [attribute("n", text), ref("macro.paraContent")]),
    ],
  },
  {
    name: 'opener',
    module: 'textstructure',
    structural: true,
    html: 'container',
    roles: [
      role("opener", "Opening of a letter or telegram: addressee line, dateline.",
        [ref("letterParts")]),
    ],
  },
  {
    name: 'closer',
    module: 'textstructure',
    structural: true,
    html: 'container',
    roles: [
      role("closer", "Closing of a letter or telegram: signature, dateline, distribution notes.",
        [ref("letterParts")]),
    ],
  },
  {
    name: 'salute',
    module: 'textstructure',
    html: 'paragraph',
    roles: [
      role("salute", "Addressee line (\"To Comrade Filippov [Stalin]\").",
        [ref("macro.paraContent")]),
    ],
  },
  {
    name: 'dateline',
    module: 'textstructure',
    html: 'paragraph',
    roles: [
      role("dateline", "Place, date, number of a letter or telegram (\"No. 318 –\", \"13.4\").",
        [ref("macro.phraseSeq")]),
    ],
  },
  {
    name: 'signed',
    module: 'textstructure',
    html: 'paragraph',
    roles: [
      role("signed", "Signature line.",
        [ref("macro.paraContent")]),
    ],
  },
  {
    name: 'note',
    module: 'core',
    html: 'note',
    roles: [
      role("note", "A note: classification, distribution or archival marks of the original, a footnote (with @xml:id and @n, pointed to by ref type=\"noteAnchor\"), an editorial remark, a translator credit, or in biblStruct the printed citation (type citation) or a gloss (no type).",
        [optional(attribute("type", values("classification", "distribution", "archival", "footnote", "editorial", "credit", "citation"))), optional(ref("att.xmlid")), optional(attribute("n", text)), ref("macro.paraContent")]),
    ],
  },
  {
    name: 'supplied',
    module: 'transcr',
    html: 'supplied',
    roles: [
      role("supplied", "Words in square brackets: an identification or gloss (explanation) or words implied by the original (subaudible); cert=\"low\" where the editor's text ended in \"?\".",
        [attribute("reason", values("explanation", "subaudible")), ref("att.cert"), ref("macro.paraContent")]),
    ],
  },
  {
    name: 'expan',
    module: 'core',
    html: 'expan',
    roles: [
      role("expan", "An abbreviation with bracketed letters (\"Com[rade]\"): the whole word, the supplied letters in ex.",
        [mixed(zeroOrMore(ref("ex")))]),
    ],
  },
  {
    name: 'ex',
    module: 'transcr',
    html: 'ex',
    roles: [
      role("ex", "The letters an editor supplied to expand an abbreviation.",
        [text]),
    ],
  },
  {
    name: 'gap',
    module: 'core',
    html: 'gap',
    roles: [
      role("gap", "Something of the original not transcribed: an omission ([...]), a signature, something illegible; desc keeps the bracket's words; rend=\"parens\" when the source used parentheses.",
        [attribute("reason", values("editorial", "signature", "illegible")), ref("att.cert"), optional(attribute("rend", value("parens"))), optional(ref("desc"))]),
    ],
  },
  {
    name: 'incident',
    module: 'spoken',
    roles: [
      role("incident", "What happened in the room, as the record's square brackets describe it (\"[Everyone laughs]\").",
        [ref("desc")]),
    ],
  },
  {
    name: 'space',
    module: 'transcr',
    roles: [
      role("space", "A space the original left empty, as the square brackets describe it (\"[date left blank]\").",
        [ref("desc")]),
    ],
  },
  {
    name: 'sic',
    module: 'core',
    roles: [
      role("sic", "The word as the original wrote it, which the editor marked \"[sic]\".",
        [ref("macro.phraseSeq")]),
    ],
  },
  {
    name: 'add',
    module: 'core',
    roles: [
      role("add", "Words added by hand on the original (\"[handwritten: agreed]\", \"[inserted by hand: agreed]\").",
        [attribute("rend", value("handwritten")), ref("macro.phraseSeq")]),
    ],
  },
  {
    name: 'desc',
    module: 'core',
    roles: [
      role("desc", "The words describing a gap (\"signature illegible 31/XII\"), an incident (\"Everyone laughs\") or an empty space (\"date left blank\").",
        [text]),
    ],
  },
  {
    name: 'foreign',
    module: 'core',
    html: 'foreign',
    roles: [
      role("foreign", "An original-language term, usually inside a supplied gloss ([*priem*]).",
        [attribute("xml:lang", data("language")), ref("macro.phraseSeq")]),
    ],
  },
  {
    name: 'hi',
    module: 'core',
    html: 'hi',
    roles: [
      role("hi", "Emphasis of the page (markdown * or **).",
        [attribute("rend", values("italic", "bold")), ref("macro.paraContent")]),
    ],
  },
  {
    name: 'ref',
    module: 'core',
    html: 'ref',
    roles: [
      role("ref", "A link (the citation's URL), or a footnote marker (type noteAnchor) pointing to its note, without @target when the source does not give the note.",
        [choice(group(attribute("type", value("noteAnchor")), optional(attribute("target", ref("data.localPointer")))), attribute("target", data("anyURI", "\\S+"))), ref("macro.paraContent")], { pointers: [{ attr: 'target', type: 'noteAnchor', targets: ['note'], why: 'a note anchor points to its note' }] }),
    ],
  },
  {
    name: 'stage',
    module: 'core',
    html: 'stage',
    roles: [
      role("stage", "A recorder's remark inside speech (\"(Joke)\").",
        [attribute("type", value("delivery")), ref("macro.paraContent")]),
    ],
  },
  {
    name: 'num',
    module: 'core',
    html: 'num',
    roles: [
      role("num", "A number in the text (a telegram or registry number).",
        [ref("macro.phraseSeq")]),
    ],
  },
  {
    name: 'pb',
    module: 'core',
    html: 'pb',
    roles: [
      role("pb", "Where the source broke a paragraph across pages and the toolkit rejoined it.",
        [empty]),
    ],
  },
  {
    name: 'taxonomy',
    module: 'header',
    roles: [
      role("taxonomy", "The digital archive's subject terms.",
        [attribute("xml:id", value("source-subjects")), ref("desc")]),
    ],
  },
];
