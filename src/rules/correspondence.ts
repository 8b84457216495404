/**
 * Who wrote to whom, read from a telegram's or letter's title:
 * "Ciphered Telegrams No. 50450, 50470, and 50490, Terebin to Kuznetsov, transmitting a Message
 * from Mao Zedong to Filippov [Stalin]", "Ciphered Telegram No. 53517 from Kovalev to Filippov [Stalin]",
 * "Kovalev reports to Filippov (Stalin)".
 */
export interface CorrespondenceMatch {
  numbers: string[];
  /** Names as written; a gloss in brackets ("Filippov [Stalin]") is kept apart. */
  sender?: NameWithGloss;
  addressee?: NameWithGloss;
  /** The message a telegram transmits, when it carries someone else's. */
  transmitted?: { sender: NameWithGloss; addressee: NameWithGloss };
}

export interface NameWithGloss {
  name: string;
  gloss?: string;
}

const NAME = String.raw`((?:[A-Z][\p{L}'’.-]*\s+){0,3}[A-Z][\p{L}'’-]+)(?:\s*[[(]([^\])]+)[\])])?`;
const TRANSMIT = new RegExp(String.raw`(?:,\s*|(?<![\s,])\s*)(?:transmitting|forwarding|conveying|with)\s+(?:an?\s+|the\s+)?(?:[Mm]essage|[Ll]etter|[Tt]elegram|[Nn]ote)s?\s+from\s+${NAME}\s+to\s+${NAME}`, 'u');
const PAIR = new RegExp(String.raw`(?:^|,\s*|\bfrom\s+)${NAME}\s+(?:to|reports\s+to|writes\s+to|informs)\s+${NAME}`, 'u');
const NUMBERS = /\bN(?:o|º|°|o\.)s?\.?\s*(\d+(?:\s*(?:,|and|,\s*and)\s*\d+)*)/i;

export function parseCorrespondence(title: string): CorrespondenceMatch {
  const numbers = NUMBERS.exec(title)?.[1]?.split(/,\s*and|,|and/).map((n) => n.trim()).filter(Boolean) ?? [];
  const transmit = TRANSMIT.exec(title);
  const main = transmit ? title.slice(0, transmit.index) : title;
  const pair = PAIR.exec(main.replace(NUMBERS, ''));
  const result: CorrespondenceMatch = { numbers };
  if (pair) {
    result.sender = named(pair[1]!, pair[2]);
    result.addressee = named(pair[3]!, pair[4]);
  }
  if (transmit) result.transmitted = { sender: named(transmit[1]!, transmit[2]), addressee: named(transmit[3]!, transmit[4]) };
  return result;
}

function named(name: string, gloss: string | undefined): NameWithGloss {
  return gloss ? { name: name.trim(), gloss: gloss.trim() } : { name: name.trim() };
}
