/**
 * Looks up tips from the command line with the very search the extension uses, for maintainers.
 *
 *   npm run --silent lookup -- [--json] [--limit N] [QUERY]
 *
 * With a QUERY: the ranked tips. Without: one query per line from standard input, one result list per
 * line out. Plain output is for people: rank, title, speaker, score and why it matched (the shared
 * words, `via` a concept of the thesaurus), a line where the weak tail begins, and the words the
 * report does not use. With --json each result list is one line of JSON, an array of the tips (every
 * field) with their `score`, `strong` (above the cut-off) and `reason` ({ words, via }). A query that
 * reads as a selection (many words) is matched as one, as in the panel.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fold } from '../lib/analysis/fold';
import { createSearch, type SearchOutcome, type SearchResult } from '../lib/search/create-search';
import { matchReason } from '../lib/search/match-reason';
import { loadKnowledgeBase } from '../tools/read-knowledge-base';

const USAGE = 'usage: npm run --silent lookup -- [--json] [--limit N] [QUERY]';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const limit = Number(values.limit);
  if (values.help || !Number.isInteger(limit) || limit < 1) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const search = createSearch(loadKnowledgeBase());
  const lookup = (query: string) => search.search(query, { limit });
  const print = (outcome: SearchOutcome) =>
    console.log(values.json ? JSON.stringify(toJson(outcome)) : toLines(outcome));

  if (positionals.length) {
    print(lookup(positionals.join(' ')));
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    print(lookup(line));
    if (!values.json) console.log();
  });
}

function toJson({ results, strong }: SearchOutcome) {
  return results.map((result, i) => ({
    ...result.tip,
    score: Math.round(result.score * 1000) / 1000,
    strong: i < strong,
    reason: matchReason(result, 'nl'),
  }));
}

function toLines({ results, strong, missing }: SearchOutcome): string {
  const lines = results.flatMap((result, i) => [
    ...(i === strong ? ['    — zwakkere resultaten —'] : []),
    toLine(result, i),
  ]);
  for (const { word, related } of missing) {
    const also = related.length ? `; verwant: ${related.map((c) => c.prefLabel.nl).join(', ')}` : '';
    lines.push(`‘${word}’ komt in het verslag niet voor${also}`);
  }
  return lines.join('\n') || '(geen resultaten)';
}

function toLine(result: SearchResult, i: number): string {
  const { tip, score } = result;
  const speaker = tip.speaker ? tip.speaker.name : '—';
  const { words, via } = matchReason(result, 'nl');
  const why = [
    ...(words.length ? [words.join(', ')] : []),
    ...via.map(({ text, label }) =>
      fold(text) === fold(label) ? `via ‘${text}’` : `via ‘${text}’ → ${label}`,
    ),
  ].join('; ');
  return `${String(i + 1).padStart(2)}. ${tip.title}  (${speaker}; ${score.toFixed(2)})${why ? `\n      ${why}` : ''}`;
}

main();
