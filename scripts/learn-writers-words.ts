/**
 * Writes `data/writers-words.json`: the words writers use for each tip, learned from the labelled
 * drafts of the sets to tune on (tools/learn-writers-words.ts). Run after a change to those sets, to
 * the tips or to the analysis; a unit test fails while the file is not what this writes.
 *
 *   npm run learn-words
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { learnFromFixtures } from '../tools/learn-writers-words';
import { DATA_DIR, loadKnowledgeBase, WRITERS_WORDS } from '../tools/read-knowledge-base';

const file = join(DATA_DIR, WRITERS_WORDS);
const words = learnFromFixtures(loadKnowledgeBase());
writeFileSync(file, `${JSON.stringify(words, null, 2)}\n`);
const terms = Object.values(words.tips).reduce((sum, line) => sum + line.split(' ').length, 0);
console.log(`${file}: ${terms} terms for ${Object.keys(words.tips).length} tips`);
