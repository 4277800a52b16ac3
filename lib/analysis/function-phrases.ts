import { fold } from './fold';
import type { Token } from './tokenize';

/**
 * Dutch complex prepositions and fixed adverbial phrases: a policy text's grammar, not its subject.
 * Their content-looking words (`plaats`, `basis`, `kader`, `gebied`, `vorm`) would otherwise match
 * tips about something else (`in plaats van een boete`, `sociale basis`, `netwerkvorm`). Phrases whose
 * words are this report's subjects stay out (`op de hoogte houden`, `op lange termijn`,
 * `in samenwerking met`).
 */
const PHRASES: readonly string[] = [
  'aan de hand van',
  'als gevolg van',
  'bij wijze van',
  'door middel van',
  'in de eerste plaats',
  'in de loop van',
  'in de vorm van',
  'in de zin van',
  'in combinatie met',
  'in elk geval',
  'in feite',
  'in geval van',
  'in het belang van',
  'in het geval van',
  'in het kader van',
  'in ieder geval',
  'in plaats van',
  'in principe',
  'in tegenstelling tot',
  'in verband met',
  'met behulp van',
  'met betrekking tot',
  'met het oog op',
  'naar aanleiding van',
  'naar verwachting',
  'onder andere',
  'onder meer',
  'op basis van',
  'op dit moment',
  'op grond van',
  'op het gebied van',
  'op het moment dat',
  'ten aanzien van',
  'ten behoeve van',
  'ten gevolge van',
  'ten koste van',
  'ten opzichte van',
  'ten slotte',
  'ter hoogte van',
];

/** The phrases as folded words, by their first word. */
const BY_FIRST = new Map<string, string[][]>();
for (const phrase of PHRASES) {
  const words = phrase.split(' ');
  const list = BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  BY_FIRST.set(words[0]!, list);
}

/**
 * The indexes of the tokens that are part of a complex preposition or fixed phrase (`in plaats van`,
 * `op basis van`): words that say how a sentence is built, not what it is about.
 */
export function functionPhraseTokens(tokens: readonly Token[]): Set<number> {
  const found = new Set<number>();
  const folded = tokens.map((token) => fold(token.word));
  folded.forEach((word, i) => {
    for (const phrase of BY_FIRST.get(word) ?? []) {
      if (phrase.every((w, j) => folded[i + j] === w)) {
        for (let j = 0; j < phrase.length; j++) found.add(i + j);
      }
    }
  });
  return found;
}
