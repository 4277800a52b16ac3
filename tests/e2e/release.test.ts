/**
 * The store packages as the stores get them: `npm run zip` once, then each browser's zip unpacked
 * into a folder of its own and loaded into the real browser (the Edge package into Chromium, its
 * stand-in: both are Chromium with the same extension APIs), and the zips' contents checked for
 * what the stores and addons.mozilla.org's reviewers ask: the version, icons, locales, no source
 * maps or tests, the strict default CSP, and a sources zip a reviewer can rebuild from.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type PanelSession } from '../../tools/browsers';
import { eventually, resultIds, start, textOf, tip } from './helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

type Package = 'chrome' | 'edge' | 'firefox' | 'sources';
type StorePackage = Exclude<Package, 'sources'>;
/** Each store package and the browser that loads it here: Edge's in Chromium. */
const STORE_PACKAGES: [StorePackage, BrowserName][] = [
  ['chrome', 'chromium'],
  ['edge', 'chromium'],
  ['firefox', 'firefox'],
];
/** WXT's default names: `{{name}}-{{version}}-{{browser}}.zip`, the sources as `…-sources.zip`. */
const zipPath = (target: Package) => join(ROOT, '.output', `${pkg.name}-${pkg.version}-${target}.zip`);
const zips = {} as Record<Package, JSZip>;

beforeAll(async () => {
  // As a release is made: not with the NODE_ENV=test that Vitest sets, under which Preact's Vite
  // preset builds its development JSX, with every element's source file and line.
  const env = { ...process.env };
  delete env.NODE_ENV;
  try {
    await promisify(execFile)('npm', ['run', 'zip'], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`npm run zip\` failed:\n${stdout}\n${stderr}`, { cause: error });
  }
  for (const target of ['chrome', 'edge', 'firefox', 'sources'] as const) {
    zips[target] = await JSZip.loadAsync(readFileSync(zipPath(target)));
  }
}, 120_000);

/** The paths of the files (not folders) in a zip. */
const filesOf = (zip: JSZip) =>
  Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);

/** Every file of the zip whose path matches `pattern`, with its text. */
async function textsIn(zip: JSZip, pattern: RegExp): Promise<[string, string][]> {
  const files = filesOf(zip).filter((name) => pattern.test(name));
  return Promise.all(
    files.map(async (name) => [name, await zip.file(name)!.async('string')] as [string, string]),
  );
}

async function manifestOf(zip: JSZip): Promise<Record<string, unknown>> {
  return JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;
}

describe.each(STORE_PACKAGES)('the %s store zip', (target) => {
  const zip = () => zips[target];

  it('carries the version of package.json, in its name and in its manifest', async () => {
    expect(zipPath(target)).toMatch(
      new RegExp(`-${pkg.version.replaceAll('.', '\\.')}-${target}\\.zip$`, 'u'),
    );
    expect((await manifestOf(zip())).version).toBe(pkg.version);
  });

  it('has the icons at every size the stores ask for, and the manifest strings in Dutch and English', async () => {
    const files = filesOf(zip());
    const icons = (await manifestOf(zip())).icons as Record<string, string>;
    for (const size of ['16', '32', '48', '96', '128']) {
      expect(icons[size], `manifest icon ${size}`).toBeDefined();
      expect(files).toContain(icons[size]);
    }
    expect(files).toContain('_locales/nl/messages.json');
    expect(files).toContain('_locales/en/messages.json');
  });

  it('ships no source maps and no tests', async () => {
    const files = filesOf(zip());
    expect(files.filter((name) => /\.map$/u.test(name))).toEqual([]);
    expect(
      files.filter((name) => /(^|\/)(tests?|__tests__)\/|\.(test|spec)\.[cm]?[jt]sx?$/u.test(name)),
    ).toEqual([]);
    const mapped = (await textsIn(zip(), /\.(js|css)$/u)).filter(([, source]) =>
      source.includes('sourceMappingURL'),
    );
    expect(mapped.map(([name]) => name)).toEqual([]);
  });

  it('is a production build, with nothing of the machine it was built on', async () => {
    // Development JSX names every element's source file by its full path.
    for (const [name, source] of await textsIn(zip(), /\.js$/u)) expect(source, name).not.toContain(ROOT);
  });

  it("keeps the browser's strict default CSP: no policy of its own, no eval, no remote or inline scripts", async () => {
    expect(await manifestOf(zip())).not.toHaveProperty('content_security_policy');
    const scripts = await textsIn(zip(), /\.[cm]?js$/u);
    expect(scripts.length).toBeGreaterThan(0);
    for (const [name, source] of scripts) {
      expect(source, name).not.toMatch(/\beval\s*\(/u);
      expect(source, name).not.toMatch(/\bnew\s+Function\s*\(/u);
    }
    const pages = await textsIn(zip(), /\.html?$/u);
    expect(pages.length).toBeGreaterThan(0);
    for (const [name, html] of pages) {
      const tags = [...html.matchAll(/<script\b([^>]*)>/giu)].map((match) => match[1]!);
      expect(tags.length, `${name} loads its code`).toBeGreaterThan(0);
      for (const attributes of tags) {
        const src = /(?:^|\s)src\s*=\s*["']?([^"'\s>]+)/iu.exec(attributes)?.[1];
        expect(src, `${name}: an inline <script${attributes}>`).toBeDefined();
        expect(src, `${name}: a remote script`).not.toMatch(/^(https?:)?\/\//iu);
      }
    }
  });
});

describe('the Chrome zip in the Chrome Web Store', () => {
  // The store refuses an upload whose manifest name or description, in any locale, is too long:
  // "The description field in manifest is too long: 148. It exceeds maximum size limit of 132".
  it('has a name of at most 75 and a description of at most 132 characters in every locale', async () => {
    const manifest = await manifestOf(zips.chrome);
    const locales = await textsIn(zips.chrome, /^_locales\/[^/]+\/messages\.json$/u);
    expect(locales.length).toBeGreaterThan(0);
    const tooLong: string[] = [];
    for (const [file, json] of locales) {
      const messages = JSON.parse(json) as Record<string, { message: string }>;
      const resolve = (value: unknown) =>
        String(value).replace(/__MSG_(\w+)__/gu, (_, key: string) => messages[key]?.message ?? '');
      for (const [field, limit] of [
        ['name', 75],
        ['description', 132],
      ] as const) {
        const length = [...resolve(manifest[field])].length;
        if (length > limit) tooLong.push(`${file}: ${field} has ${length} characters, the limit is ${limit}`);
      }
    }
    expect(tooLong).toEqual([]);
  });
});

describe('the sources zip for addons.mozilla.org', () => {
  it('has what a reviewer needs to rebuild, and no installed packages or build output', () => {
    const files = filesOf(zips.sources);
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) {
      expect(files).toContain(file);
    }
    for (const folder of [
      'data/',
      'lib/',
      'components/',
      'entrypoints/',
      'utils/',
      'locales/',
      'public/',
      'scripts/',
      'tools/',
    ]) {
      expect(
        files.some((name) => name.startsWith(folder)),
        folder,
      ).toBe(true);
    }
    expect(files.filter((name) => /(^|\/)(node_modules|\.output|test-results)\//u.test(name))).toEqual([]);
  });
});

describe.each(STORE_PACKAGES)('the %s store zip, unpacked and loaded in %s', (target, browserName) => {
  let folder: string;
  let panel: PanelSession;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), `weerbaar-${target}-zip-`));
    const zip = zips[target];
    for (const name of filesOf(zip)) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), await zip.file(name)!.async('nodebuffer'));
    }
    panel = await launch(browserName, { extensionDir: folder });
  });
  afterAll(async () => {
    await panel?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('opens the panel with the search box, and a query shows the advice', async () => {
    await start(panel);
    // The browser runs the unpacked zip (launch loads that folder and no other extension).
    expect(
      await panel.evaluate(
        () => (globalThis as unknown as ExtensionGlobal).chrome.runtime.getManifest().version,
      ),
    ).toBe(pkg.version);
    expect(await panel.evaluate(() => document.querySelector('#search')?.checkVisibility())).toBe(true);

    const wanted = tip('sleutelpersonen-niet-overvragen');
    await panel.type('#search', 'sleutelpersonen');
    await eventually(() => resultIds(panel)).toContain(wanted.id);
    await panel.click(`[data-tip-id="${wanted.id}"] .tip-open`);
    await eventually(() => textOf(panel, '.tip-detail h2')).toBe(wanted.title);
  });
});

/** The part of the extension API the test reads, present as `chrome` in both browsers. */
interface ExtensionGlobal {
  chrome: { runtime: { getManifest(): { version: string } } };
}
