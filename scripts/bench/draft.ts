/**
 * A Dutch municipal draft policy text, the kind of page a policy writer selects a passage of: the
 * selection workload of the benchmark. Written for it (not taken from the report), so a selection
 * is matched by what it is about, not by sharing the tips' sentences. And whole drafts and long
 * inputs, from the multi-topic drafts of the relevance set (read as data, not imported).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The relevance set's drafts (issue 13): realistic multi-topic texts of 3 to 12 sentences. */
const DRAFTS_FILE = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'relevance', 'drafts.json');

/** Three paragraphs of a draft "Wijkaanpak ondermijning". */
export const DRAFT_PARAGRAPHS: readonly string[] = [
  'In de wijken Noord en Oost zien we dat ondermijnende criminaliteit steeds dieper in de buurt ' +
    'doordringt. Jongeren worden via sociale media geronseld als koerier of geldezel, panden worden ' +
    'gebruikt voor drugsopslag en bewoners durven geen melding meer te doen uit angst voor represailles. ' +
    'Het college wil met deze wijkaanpak ondermijning de weerbaarheid van de buurt versterken. Dat doen ' +
    'we niet alleen met handhaving, maar vooral door te investeren in de sociale basis: het jongerenwerk, ' +
    'het buurthuis, sportverenigingen en de informele netwerken van bewoners zelf.',
  'Sleutelpersonen in de wijk, zoals moskeebestuurders, sportcoaches, ondernemers en actieve ouders, ' +
    'weten vaak eerder dan de gemeente wat er speelt. We willen met hen een lokaal netwerk opbouwen waarin ' +
    'zij signalen kunnen delen zonder dat zij zelf een doelwit worden. De wijkagent en de ' +
    'jongerenwerkers zijn daarbij het eerste aanspreekpunt. Vertrouwen winnen kost tijd: we beloven niets ' +
    'wat we niet kunnen waarmaken, we koppelen terug wat er met meldingen gebeurt en we waarderen de inzet ' +
    'van vrijwilligers zichtbaar. Ook ouders betrekken we actief, bijvoorbeeld via ouderavonden op school.',
  'Voor jongeren die uit het criminele circuit willen stappen moet er snel een alternatief zijn: een ' +
    'baan, een opleiding of schuldhulp, zonder wachtlijst en zonder stapels formulieren. De gemeente ' +
    'zorgt voor een vaste contactpersoon en voor continuïteit van de aanpak, ook als subsidies of ' +
    'aanbestedingen aflopen. Frontlijnwerkers krijgen ruimte om te improviseren en minder administratieve ' +
    'lasten. In 2025 evalueren we de aanpak samen met bewoners, politie en maatschappelijke partners, en ' +
    'stellen we haar waar nodig bij.',
];

/**
 * Selections of about `length` characters: the draft repeated as often as needed and cut at a word
 * boundary, each starting at another sentence, so a run does not time one selection over and over.
 *
 * @param count how many different selections
 */
export function draftSelections(length: number, count: number): string[] {
  const text = DRAFT_PARAGRAPHS.join('\n\n');
  const starts = [...text.matchAll(/(?:^|[.:]\s+)(?=\p{Lu})/gu)].map(
    (match) => match.index + match[0].length,
  );
  const long = `${text}\n\n`.repeat(Math.ceil((length * 2) / text.length) + 1);
  return Array.from({ length: count }, (_, i) => {
    const start = starts[(i * 3) % starts.length]!;
    const cut = long.slice(start, start + length + 40);
    // End on a whole word, as a selection by mouse does.
    return cut.slice(0, cut.lastIndexOf(' ', length) > 0 ? cut.lastIndexOf(' ', length) : length).trim();
  });
}

/**
 * A long text of about `length` characters: the relevance set's drafts as paragraphs, starting at the
 * `variant`-th, in a row as often as needed, cut at a word boundary. A whole beleidsnotitie (20 000
 * characters) touches many subjects, as these drafts together do.
 */
export function draftText(length: number, variant = 0): string {
  const drafts = (JSON.parse(readFileSync(DRAFTS_FILE, 'utf8')) as { text: string }[]).map(
    ({ text }) => text,
  );
  const start = (variant * 7) % drafts.length;
  const round = [...drafts.slice(start), ...drafts.slice(0, start)].join('\n\n');
  const long = Array.from({ length: Math.ceil(length / round.length) + 1 }, () => round).join('\n\n');
  const end = long.lastIndexOf(' ', length);
  return long.slice(0, end > 0 ? end : length).trim();
}

/** `words` words of the drafts in one paragraph (white space as one space), as a page read as one line. */
export function draftWords(words: number, variant = 0): string {
  // Dutch averages over six characters a word with its space: eight each is enough.
  return draftText(words * 8, variant)
    .split(/\s+/u)
    .slice(0, words)
    .join(' ');
}
