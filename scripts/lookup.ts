/**
 * Looks up tips from the command line with the very search the extension uses, for maintainers.
 *
 *   npm run --silent lookup -- [--json] [--limit N] [QUERY]
 *
 * With a QUERY: the ranked tips. Without: one query per line from standard input, one result list per
 * line out. Plain output is for people: rank, title, speaker, score and why it matched (the shared
 * words, `via` a concept of the thesaurus, the words writers use for it), a line where the weak tail begins, and the words the
 * report does not use. With --json each result list is one line of JSON, an array of the tips (every
 * field) with their `score`, `strong` (above the cut-off) and `reason` ({ words, via, writers }). A query that
 * reads as a selection (many words) is matched as one, as in the panel.
 *
 * With --draft (and --json) the whole of standard input is one draft, matched part by part as the
 * panel does (lib/search/advise-draft.ts): one JSON object with its parts (text, start, end in UTF-16
 * code units of the input, each part's tips, at most --limit, and `shared`: the tips among its best
 * that another part shows, `{ id, part }` with that part's 0-based index), the merged list (each tip
 * with the 0-based `parts` it serves), and the themes no part touches (`uncovered`).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fold } from '../lib/analysis/fold';
import { createSearch, type SearchOutcome, type SearchResult } from '../lib/search/create-search';
import { matchReason } from '../lib/search/match-reason';
import { adviseDraft, type DraftAdvice } from '../lib/search/advise-draft';
import { createTranslator } from '../lib/i18n';
import nl from '../locales/nl.json';
import { loadKnowledgeBase } from '../tools/read-knowledge-base';

const USAGE =
  'usage: npm run --silent lookup -- [--json] [--limit N] [QUERY]\n       npm run --silent lookup -- --json --draft [--limit N] < draft.txt';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      draft: { type: 'boolean', default: false },
      limit: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const limit = Number(values.limit);
  if (values.help || !Number.isInteger(limit) || limit < 1 || (values.draft && !values.json)) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const kb = loadKnowledgeBase();
  const search = createSearch(kb);
  if (values.draft) {
    void readAll(process.stdin).then((text) =>
      console.log(JSON.stringify(draftJson(adviseDraft(search, kb.themes, text, limit)))),
    );
    return;
  }
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
  return results.map((result, i) => ({ ...resultJson(result), strong: i < strong }));
}

/** A result as JSON: the tip with every field, its score and why it matched. */
function resultJson(result: SearchResult) {
  return { ...result.tip, score: Math.round(result.score * 1000) / 1000, reason: matchReason(result, 'nl') };
}

/**
 * A draft's advice as one JSON object: the parts with their offsets in the input (UTF-16 code units),
 * their tips and the tips they name that another part shows, the merged list, and the themes no part
 * touches with their tips.
 */
function draftJson(advice: DraftAdvice) {
  return {
    parts: advice.parts.map(({ text, start, end, results, shared }) => ({
      text,
      start,
      end,
      results: results.map(resultJson),
      shared: shared.map(({ result, part }) => ({ id: result.tip.id, part })),
    })),
    results: advice.results.map(({ result, parts, strength }) => ({
      ...resultJson(result),
      parts,
      strength: Math.round(strength * 1000) / 1000,
    })),
    uncovered: advice.themes
      .filter((coverage) => !coverage.parts)
      .map(({ theme, tips }) => ({ theme: theme.id, label: theme.label, tips: tips.map((tip) => tip.id) })),
  };
}

/** The whole of a stream as text. */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
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

/** The panel's Dutch wording, for the reasons it shares with the CLI. */
const t = createTranslator(nl);

function toLine(result: SearchResult, i: number): string {
  const { tip, score } = result;
  const speaker = tip.speaker ? tip.speaker.name : '—';
  const { words, via, writers } = matchReason(result, 'nl');
  const why = [
    ...(words.length ? [words.join(', ')] : []),
    ...via.map(({ text, label }) =>
      fold(text) === fold(label) ? `via ‘${text}’` : `via ‘${text}’ → ${label}`,
    ),
    ...(writers.length ? [t('reasonWriters', { words: writers.map((word) => `‘${word}’`).join(', ') })] : []),
  ].join('; ');
  return `${String(i + 1).padStart(2)}. ${tip.title}  (${speaker}; ${score.toFixed(2)})${why ? `\n      ${why}` : ''}`;
}

main();
