/**
 * Splits a draft into the parts that are matched one by one: its paragraphs (a line of its own, a
 * bullet, a heading with what follows), and long paragraphs into their sentences. Dutch abbreviations
 * (`bijv.`, `o.a.`, `art. 13b`), initials and numbers (`2,5 fte`, `1.200`) do not end a sentence, and a very
 * short sentence joins its neighbour: a part says something on its own.
 */

/** A part of a draft: its text, and where it stands in the draft (UTF-16 offsets, `end` exclusive). */
export interface DraftPart {
  text: string;
  start: number;
  end: number;
  /**
   * Whether it is a header line (`Aan:`, `Datum:`) or the close of a letter (`Met vriendelijke
   * groet,` and the signature under it): who and when, not what. It has no advice, and is not looked up.
   */
  header: boolean;
}

/** A paragraph longer than this is split into its sentences. */
const LONG_PARAGRAPH = 160;
/** A sentence or line shorter than this joins its neighbour (`Aanpak`, `Zo ja.`). */
const SHORT_PART = 40;

/**
 * Dutch abbreviations that end in a full stop inside a sentence, folded to lower case without their
 * final stop. From the lists of the Taalunie and common policy writing.
 */
const ABBREVIATIONS = new Set([
  'bijv',
  'bv',
  'o.a',
  'd.w.z',
  'm.b.t',
  't.z.t',
  't.a.v',
  'i.p.v',
  'i.s.m',
  'm.u.v',
  'n.a.v',
  'o.b.v',
  'v.w.b',
  'm.n',
  'e.d',
  'e.a',
  'enz',
  'etc',
  'ca',
  'resp',
  'evt',
  'incl',
  'excl',
  'art',
  'nr',
  'blz',
  'p',
  'pag',
  'hfst',
  'lid',
  'mr',
  'dr',
  'drs',
  'ing',
  'ir',
  'prof',
  'mevr',
  'dhr',
  'jl',
  'a.s',
  'z.s.m',
  'vs',
  'fte',
  'min',
  'max',
  'gem',
  'jr',
  'mln',
  'mld',
]);

/**
 * The header lines of a letter, memo, e-mail or minutes (`Aan:`, `Van:`, `Datum:`, `Aanwezig:`,
 * `Kenmerk:`; `From:`, `To:` as Outlook may paste them): who and when, never a subject. `Onderwerp:`
 * is not among them: it names the draft's subject.
 */
const HEADER_LINE =
  /^(?:aan|van|datum|tijd|locatie|aanwezig|afwezig|afmeldingen|afgemeld|notulist|notulen|voorzitter|kenmerk|ons kenmerk|uw kenmerk|zaaknummer|registratienummer|documentnummer|agendapunt|vergaderdatum|portefeuillehouder|steller|opgesteld door|auteur|contactpersoon|behandeld door|afzender|telefoon|e-mail|cc|bcc|bijlagen?|versie|status|verzonden|from|to|sent|date)\s*:/iu;

/** Whether a part of a draft is a header line (`Aan: de raad`, `Datum: 12 mei`): it gets no advice. */
export function isHeaderLine(text: string): boolean {
  return HEADER_LINE.test(text) && !/[\r\n\u2028\u2029]/u.test(text);
}

/** Bullets as pasted from Word or a web page: a line that starts a list item. */
const BULLET = /^\s*(?:[•·▪◦‣∙●○■□–—*-]|\d{1,2}[.)]|[a-z][.)])\s+/u;

/**
 * How a letter or an e-mail closes (folded to lower case). A line that is one of these, with a comma, a
 * full stop or `!` after it, or a name (`Groet, Karim`), or `van` and a place (`Burgemeester en
 * wethouders van Zuidermeer`), is a close: it and the signature under it name who, never a subject,
 * yet `namens het college` or `afdelingshoofd Samenleving` meets a word of a tip.
 */
const CLOSES = [
  'met vriendelijke groet',
  'met vriendelijke groeten',
  'met een vriendelijke groet',
  'vriendelijke groet',
  'vriendelijke groeten',
  'met hartelijke groet',
  'met hartelijke groeten',
  'hartelijke groet',
  'hartelijke groeten',
  'met collegiale groet',
  'met collegiale groeten',
  'collegiale groet',
  'met warme groet',
  'warme groet',
  'lieve groet',
  'met groet',
  'dank en groet',
  'groet',
  'groeten',
  'groetjes',
  'mvg',
  'vr.gr',
  'vr. gr',
  'gr',
  'hoogachtend',
  'namens het college',
  'namens het college van burgemeester en wethouders',
  'namens de burgemeester',
  'burgemeester en wethouders',
  'het college van burgemeester en wethouders',
  'de burgemeester',
  'de secretaris',
  'kind regards',
  'best regards',
  'with kind regards',
  'regards',
  'best wishes',
  'yours sincerely',
  'sincerely',
  'thanks',
  'cheers',
];
/** After a close's words: `van` and a place, then a comma, a full stop or `!`, or a comma and a name. */
const CLOSE_END = /^(?:\s+van(?:\s+\p{Lu}[\p{L}-]*){1,3})?(?:\s*[,.!]?|,\s*\p{Lu}[\p{L}.' -]{0,39})$/u;

/** No close is longer: its words, `van` and three of a place's, or a comma and a name (`CLOSE_END`). */
const MAX_CLOSE = 200;

/** Whether a line is the close of a letter or an e-mail (`CLOSES`). */
function isClose(line: string): boolean {
  // A paragraph is a line too: it is not copied to find out.
  if (line.length > MAX_CLOSE) return false;
  const single = line.replace(/\s+/gu, ' ');
  return CLOSES.some(
    (close) =>
      single.slice(0, close.length).toLowerCase() === close && CLOSE_END.test(single.slice(close.length)),
  );
}

/** A signature under a close has at most this many lines (a name, a role, an organisation, contacts). */
const SIGNATURE_LINES = 5;
/** A line of a signature is at most this long (`R. Haverkamp, afdelingshoofd Samenleving`). */
const SIGNATURE_LINE = 80;
/** A blank line between two lines of text (line breaks as `lines` splits at them). */
const BLANK_LINE = /(?:\r?\n|[\u2028\u2029])\s*(?:\r?\n|[\u2028\u2029])/u;
/** A line of contact details, colon and all: `Tel: 06-12345678`, `E: k.ouali@zuidermeer.nl`. */
/** A sentence's end at the end of a text: a full stop, `!`, `?` or `…`, a closing quote or bracket after it. */
const SENTENCE_END = /[.!?…]["’”)]*$/u;
/** The last word of a text that ends a sentence, before its `SENTENCE_END`. */
const LAST_WORD_BEFORE_END = new RegExp(`(\\S+)${SENTENCE_END.source}`, 'u');

const CONTACT =
  /^(?:tel|telefoon|mob|mobiel|m|t|e|e-mail|mail|web|www|adres)\.?\s*:|@|www\.|https?:\/\/|\d[\d -]{7,}/iu;

/**
 * Whether a line under a close is still its signature: no blank line before it, short, not a bullet,
 * a PS or a reply's separator, no colon but a contact line's, and no sentence ends in it (an initial
 * or an abbreviation may: `drs. P. de Vries`).
 */
function isSignatureLine(line: string, gap: string): boolean {
  if (BLANK_LINE.test(gap) || line.length > SIGNATURE_LINE) return false;
  if (BULLET.test(line) || /^p\.?s\b/iu.test(line) || /^[-_=*]{3,}/u.test(line)) return false;
  if (line.includes(':') && !CONTACT.test(line)) return false;
  const last = LAST_WORD_BEFORE_END.exec(line)?.[1];
  return last === undefined || isAbbreviation(last);
}

/** Whether a word before a full stop is an initial or a known abbreviation (`P`, `drs`, `o.a`). */
function isAbbreviation(word: string): boolean {
  const folded = word.toLowerCase();
  return ABBREVIATIONS.has(folded) || /^\p{L}$/u.test(folded);
}

/**
 * Which lines are header lines: those `isHeaderLine` takes, and a letter's close with the signature
 * under it (`isSignatureLine`: an e-mail pasted with its reply goes on with a separator, `Van:` or a
 * sentence, and those are read again).
 */
function headerLines(text: string, found: readonly DraftPart[]): boolean[] {
  let left = 0; // signature lines that may still come
  return found.map((line, i) => {
    if (isClose(line.text)) {
      left = SIGNATURE_LINES;
      return true;
    }
    const gap = i > 0 ? text.slice(found[i - 1]!.end, line.start) : '';
    const signature = left > 0 && isSignatureLine(line.text, gap);
    left = signature ? left - 1 : 0;
    return signature || isHeaderLine(line.text);
  });
}

/**
 * The parts of a draft, in order. Every character that is not white space lies in exactly one part;
 * a text of one sentence is one part.
 *
 * @example splitDraft('Wij werken samen met o.a. de politie. Jongeren krijgen meer ruimte.')
 * // one part: both sentences are short
 */
export function splitDraft(text: string): DraftPart[] {
  const found = lines(text);
  const header = headerLines(text, found);
  const blocks = found.flatMap((line, i): DraftPart[] =>
    header[i]
      ? [{ ...line, header: true }]
      : line.end - line.start > LONG_PARAGRAPH && !BULLET.test(line.text)
        ? sentences(text, line)
        : [line],
  );
  return joinShort(text, blocks);
}

/** Each non-empty line of the text, trimmed. */
function lines(text: string): DraftPart[] {
  const found: DraftPart[] = [];
  for (const match of text.matchAll(/[^\r\n\u2028\u2029]+/gu)) {
    const part = trimmed(text, match.index, match.index + match[0].length);
    if (part) found.push(part);
  }
  return found;
}

/** Dutch sentence breaks, made once: a draft has a line to split for each paragraph. */
let segmenter: Intl.Segmenter | undefined;

/** The sentences of a line, with sentence breaks after abbreviations and in numbers undone. */
function sentences(text: string, line: DraftPart): DraftPart[] {
  segmenter ??= new Intl.Segmenter('nl', { granularity: 'sentence' });
  const found: DraftPart[] = [];
  for (const { segment, index } of segmenter.segment(line.text)) {
    const part = trimmed(text, line.start + index, line.start + index + segment.length);
    if (!part) continue;
    const previous = found[found.length - 1];
    if (previous && continues(previous.text, part.text)) {
      found[found.length - 1] = span(text, previous.start, part.end);
    } else found.push(part);
  }
  return found;
}

/** Whether a sentence break between these two is false: after an abbreviation, or before lower case. */
export function continues(before: string, after: string): boolean {
  const last = /(\S+)\.\s*$/u.exec(before)?.[1];
  if (last && isAbbreviation(last)) return true;
  return /^\p{Ll}/u.test(after);
}

/**
 * Short blocks join a neighbour: a sentence (`Zo ja.`) the one before it, a heading or a line without
 * a full stop the one after it; a short block with no such neighbour stays as it is. A header line
 * (`headerLines`) joins nothing and nothing joins it: it is a part of its own, with no advice.
 */
function joinShort(text: string, blocks: DraftPart[]): DraftPart[] {
  const joined: DraftPart[] = [];
  let pending: DraftPart | undefined;
  for (const block of blocks) {
    if (block.header) {
      // What waited for a block to join stands alone.
      if (pending) joined.push(pending);
      pending = undefined;
      joined.push(block);
      continue;
    }
    let part = pending ? span(text, pending.start, block.end) : block;
    pending = undefined;
    const previous = joined[joined.length - 1];
    if (part.end - part.start >= SHORT_PART) joined.push(part);
    else if (previous && !previous.header && SENTENCE_END.test(part.text)) {
      part = span(text, previous.start, part.end);
      joined[joined.length - 1] = part;
    } else pending = part;
  }
  if (pending) {
    const last = joined[joined.length - 1];
    if (last && !last.header) joined[joined.length - 1] = span(text, last.start, pending.end);
    else joined.push(pending);
  }
  return joined;
}

/** The text from `start` to `end`, not a header line (`headerLines` marks those). */
function span(text: string, start: number, end: number): DraftPart {
  return { text: text.slice(start, end), start, end, header: false };
}

/** The part of `text` from `start` to `end` without white space around it; `undefined` when blank. */
function trimmed(text: string, start: number, end: number): DraftPart | undefined {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? span(text, start, end) : undefined;
}

/**
 * Between two words, what ends a clause: a sentence's end (not after an abbreviation or an initial,
 * nor before lower case: `o.a. jongeren`), `!`, `?`, a semicolon, a blank line, or a line break before
 * anything but lower case (a line wrapped in a PDF goes on in lower case). A bracket opens an aside.
 */
const ALWAYS_BREAKS = new RegExp(`[!?;]|${BLANK_LINE.source}`, 'u');
const OPENING = new Set(['(', '[']);
const CLOSING = new Set([')', ']']);

/**
 * For each token of `text`, the number of its clause: a label's words stand in one clause
 * (lib/search/DESIGN.md, "Concepts"). A bracketed aside is a clause of its own, and the clause
 * around it goes on after it with its number (`per groep (ouders, jongeren) apart`); an aside that a
 * sentence's end or a break interrupts is not resumed, nor is a clause closed by a bracket never
 * opened (`a) jongeren`). Numbers are new in the order clauses begin.
 */
export function clausesOf(text: string, tokens: readonly { start: number; end: number }[]): number[] {
  let clause = 0;
  let latest = 0;
  // The clauses an open aside interrupts, innermost last.
  const around: number[] = [];
  // Pushed rather than mapped: an array map() makes comes in more than one shape, and the code that
  // reads a clause for each word of a draft's part would be optimised for one of them only.
  const clauses: number[] = [];
  tokens.forEach((token, i) => clauses.push(clauseOf(token, i)));
  return clauses;

  function clauseOf(token: { start: number; end: number }, i: number): number {
    if (i === 0) return clause;
    const before = tokens[i - 1]!;
    // Most words stand one space apart: nothing ends there.
    if (token.start - before.end === 1 && text.charCodeAt(before.end) === 32) return clause;
    const gap = text.slice(before.end, token.start);
    const lower = /^\p{Ll}/u.test(text.slice(token.start, token.end));
    for (const char of gap) {
      if (OPENING.has(char)) {
        around.push(clause);
        clause = ++latest;
      } else if (CLOSING.has(char)) {
        clause = around.pop() ?? ++latest;
      }
    }
    if (
      ALWAYS_BREAKS.test(gap) ||
      (/[\r\n\u2028\u2029]/u.test(gap) && !lower) ||
      (gap.includes('.') &&
        !continues(text.slice(before.start, token.start), text.slice(token.start, token.end)))
    ) {
      around.length = 0;
      clause = ++latest;
    }
    return clause;
  }
}
