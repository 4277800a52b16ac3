/**
 * What the built side panel loads, gzipped file by file as each is fetched on its own: before its
 * first render (the page's scripts, every chunk they import statically, and any JSON of the build
 * they name), the thesaurus chunk it imports right after, and the chunks it imports only on demand.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { sizes } from './measure';

export interface Size {
  raw: number;
  gzip: number;
}

export interface ShippedPart extends Size {
  /** The files, relative to the build. */
  files: string[];
}

export interface PanelSize {
  /** JavaScript plus data the panel loads before its first render. */
  atOpen: ShippedPart;
  /** The thesaurus chunk, imported after the first render. */
  thesaurus: ShippedPart;
  /** The other chunks it imports dynamically, when a feature asks for them. */
  onDemand: ShippedPart;
}

/** The thesaurus's chunk, as the bundler names it after its virtual module. */
const THESAURUS_CHUNK = /\/_virtual_thesaurus-[^/]*\.js$/u;

/** The panel's sizes in a build, or `null` when there is no build. */
export function panelSize(html: string): PanelSize | null {
  if (!existsSync(html)) return null;
  const root = dirname(html);
  const atOpen = new Set<string>();
  const later = new Set<string>();
  const queue = [...readFileSync(html, 'utf8').matchAll(/<script\b[^>]*?\bsrc="([^"]+\.js)"/gu)].map((m) =>
    join(root, m[1]!),
  );
  while (queue.length) {
    const file = queue.pop()!;
    if (atOpen.has(file) || !existsSync(file)) continue;
    atOpen.add(file);
    const code = readFileSync(file, 'utf8');
    const at = (spec: string) => (spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec));
    for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]([^"'`]+\.js)["'`]/gu))
      queue.push(at(spec!));
    for (const [, spec] of code.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]/gu)) later.add(at(spec!));
    for (const [, name] of code.matchAll(/["'`](\/?[\w./-]+\.json)["'`]/gu)) {
      const path = join(root, name!);
      if (existsSync(path)) atOpen.add(path);
    }
  }
  const part = (files: string[]): ShippedPart => ({
    ...sum(files.map((file) => sizes(readFileSync(file)))),
    files: files.map((file) => relative(root, file)),
  });
  const dynamic = [...later].filter((file) => !atOpen.has(file));
  return {
    atOpen: part([...atOpen]),
    thesaurus: part(dynamic.filter((file) => THESAURUS_CHUNK.test(file))),
    onDemand: part(dynamic.filter((file) => !THESAURUS_CHUNK.test(file))),
  };
}

/** The JSON files under a folder, each gzipped on its own; summed. */
export function jsonSize(dir: string): Size {
  const walk = (path: string): Size[] =>
    statSync(path).isDirectory()
      ? readdirSync(path).flatMap((name) => walk(join(path, name)))
      : path.endsWith('.json')
        ? [sizes(readFileSync(path))]
        : [];
  return sum(walk(dir));
}

function sum(parts: Size[]): Size {
  return parts.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}
