/**
 * Looks up tips from the command line with the very search the extension uses, for maintainers.
 *
 *   npm run --silent lookup -- [--json] [--limit N] [QUERY]
 *
 * With a QUERY: the ranked tips. Without: one query per line from standard input, one result list per
 * line out. Plain output is for people (rank, title, speaker, score); with --json each result list is
 * one line of JSON, an array of the tips (every field) with their `score`. A query that reads as a
 * selection (many words) is matched as one, as in the panel.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createSearch, type SearchResult } from '../lib/search/create-search';
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
  const print = (results: SearchResult[]) =>
    console.log(
      values.json
        ? JSON.stringify(results.map(toJson))
        : results.map(toLine).join('\n') || '(geen resultaten)',
    );

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

function toJson({ tip, score }: SearchResult) {
  return { ...tip, score: Math.round(score * 1000) / 1000 };
}

function toLine({ tip, score }: SearchResult, i: number): string {
  const speaker = tip.speaker ? tip.speaker.name : '—';
  return `${String(i + 1).padStart(2)}. ${tip.title}  (${speaker}; ${score.toFixed(2)})`;
}

main();
