import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, pickLanguage, resultsCount } from '@/lib/i18n';
import en from '@/locales/en.json';
import nl from '@/locales/nl.json';

const ROOT = join(import.meta.dirname, '..', '..');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
const manifestMessages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    unknown
  >;

describe('the locale files', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(manifestMessages('en')).sort()).toEqual(Object.keys(manifestMessages('nl')).sort());
  });

  it.each(Object.keys(nl))('give %s the same placeholders in both languages, and a text', (key) => {
    const dutch = nl[key as keyof typeof nl];
    const english = en[key as keyof typeof en];
    expect(placeholders(english)).toEqual(placeholders(dutch));
    expect(dutch.trim()).not.toBe('');
    expect(english.trim()).not.toBe('');
  });

  it('has a message for every key the components use', () => {
    const used = new Set<string>();
    for (const file of readdirRecursive(join(ROOT, 'components'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w]+)'/gu)) used.add(match[1]!);
    }
    expect([...used].filter((key) => !(key in nl))).toEqual([]);
  });
});

describe('createTranslator', () => {
  it('fills in placeholders and falls back for a missing key', () => {
    const t = createTranslator({ count: '{n} tips' }, { other: 'ander' });
    expect(t('count', { n: 3 })).toBe('3 tips');
    expect(t('other')).toBe('ander');
    expect(t('missing')).toBe('missing');
  });
});

describe('resultsCount', () => {
  it.each([
    [nl, 1, '1 resultaat'],
    [nl, 3, '3 resultaten'],
    [nl, 0, '0 resultaten'],
    [en, 1, '1 result'],
    [en, 3, '3 results'],
  ])('says a count of results in words (%#)', (messages, count, text) => {
    expect(resultsCount(createTranslator(messages), count)).toBe(text);
  });
});

describe('pickLanguage', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['de', 'nl'],
    ['', 'nl'],
  ])('picks %s → %s: Dutch unless the browser is English', (ui, language) => {
    expect(pickLanguage(ui)).toBe(language);
  });
});

function readdirRecursive(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? readdirRecursive(path) : [path];
  });
}
