/**
 * Launches the built extension in a real browser and gives the tests one way to drive its panel page,
 * whichever browser it is: Debian's Chromium through playwright-core, Debian's Firefox ESR through
 * puppeteer-core over WebDriver BiDi.
 *
 * The panel's language is the browser's own UI language (`browser.i18n.getUILanguage()`), set the way
 * a user's system sets it, never through the URL:
 * - Chromium on Linux ignores `--lang`; it takes its UI language from `LANGUAGE`/`LANG`, but only for
 *   a locale whose resource pack is installed. Debian's `chromium` ships `en-US.pak` alone: Dutch needs
 *   `chromium-l10n`.
 * - Firefox ESR is built en-US only: Dutch needs Debian's langpack `firefox-esr-l10n-nl` (installed in
 *   the application scope, which the automation profile enables) and `intl.locale.requested`.
 * `launch` checks what the page actually got and fails with the install command when it differs.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type ConsoleMessage,
  type Page as PlaywrightPage,
} from 'playwright-core';
import puppeteer, { type Browser, type KeyInput, type Page as PuppeteerPage } from 'puppeteer-core';
import type { Language } from '../lib/i18n';
import { GECKO_ID } from '../wxt.config';

export type BrowserName = 'chromium' | 'firefox';
/** The browser's UI language, which the panel follows: one of the panel's languages. */
export type Locale = Language;
export type ColorScheme = 'light' | 'dark';

export interface LaunchOptions {
  /** `light` or `dark`, for `prefers-color-scheme`. Default: `light`. */
  colorScheme?: ColorScheme;
  /** The browser's UI language, which the panel follows. Default: `nl`. */
  locale?: Locale;
  /** Width of the panel in CSS pixels: side panels are narrow. Default: 400. */
  width?: number;
  /** Height of the panel in CSS pixels. Default: 800. */
  height?: number;
  /** The unpacked extension to load. Default: the build, `.output/<browser>-mv3`. */
  extensionDir?: string;
}

/** The extension's panel page open in a tab, and what a test does with it. */
export interface PanelSession {
  readonly browserName: BrowserName;
  readonly locale: Locale;
  readonly colorScheme: ColorScheme;
  /** What `browser.i18n.getUILanguage()` returned in the panel page at launch, e.g. `nl` or `en-US`. */
  readonly uiLanguage: string;
  /** The extension's own origin, e.g. `chrome-extension://abc…`. */
  readonly origin: string;
  /** Opens `sidepanel.html` (plus `suffix`, e.g. `?q=…`) and waits until the app has rendered. */
  open(suffix?: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Runs a script's source text in the page as it is, e.g. a library such as axe-core. It goes through
   * the automation protocol, so the extension page's CSP (no `eval`) does not stop it.
   */
  addScript(source: string): Promise<void>;
  /** Waits until `fn` returns a truthy value in the page; fails with `message` after `timeout` ms. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, message?: string, timeout?: number): Promise<void>;
  /** Types `text` key by key into the element `selector` (focusing it first). */
  type(selector: string, text: string): Promise<void>;
  /** Presses a key on the focused element: `Enter`, `/`, `ArrowDown`, or a chord like `Control+V`. */
  press(key: string): Promise<void>;
  /** Clicks the first element matching `selector` with the mouse. */
  click(selector: string): Promise<void>;
  /**
   * Clicks the visible control a person would: the first `selector` (default: buttons and summaries)
   * whose text or `aria-label`, whitespace collapsed, is `name` (or matches it, for a RegExp). Fails
   * with the names that were there.
   */
  clickText(name: string | RegExp, selector?: string): Promise<void>;
  /** The clipboard's text, as the page's `navigator.clipboard.readText()` gives it. */
  /**
   * Opens `url` in a tab of its own, selects the contents of `selector` there as a person would with
   * the mouse, and returns the selected text as the page gives it (`getSelection().toString()`).
   */
  selectInPage(url: string, selector: string): Promise<string>;
  /**
   * Runs `fn` in the background (the service worker), where the context-menu handler runs. Only
   * Chromium's test driver can reach it: `null` in Firefox.
   */
  evaluateInBackground: (<T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => Promise<T>) | null;
  /** Navigates the panel's tab away (to about:blank, or `url`): no panel is open until `open()`. */
  leave(url?: string): Promise<void>;
  /**
   * Every URL the browser was asked to load since launch, by the panel's pages (and in Chromium by
   * the service worker): for proving that nothing leaves the browser.
   */
  requests(): string[];
  readClipboard(): Promise<string>;
  /** The clipboard's `text/html`, as the page's `navigator.clipboard.read()` gives it; `null` when it holds none. */
  readClipboardHtml(): Promise<string | null>;
  writeClipboard(text: string): Promise<void>;
  setViewport(width: number, height?: number): Promise<void>;
  /**
   * The console errors and uncaught exceptions of the extension's pages and background since launch,
   * or since the last call: each is given once. The e2e setup fails every test that leaves one.
   */
  takeErrors(): string[];
  /** Saves a PNG under `test-results/screenshots/` (not committed): `<browser>-<name>.png`. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/** The build to test: `.output/`, or a copy of it named by `WEERBAAR_OUTPUT` (one `.output/` rebuilt meanwhile). */
const OUTPUT = process.env.WEERBAAR_OUTPUT ?? '.output';
export const CHROME_DIR = resolve(OUTPUT, 'chrome-mv3');
export const FIREFOX_DIR = resolve(OUTPUT, 'firefox-mv3');
const SCREENSHOT_DIR = resolve('test-results/screenshots');
/** Firefox picks a random moz-extension:// UUID per profile; pinning it lets tests address the panel. */
const FIREFOX_UUID = '4b1f7d0e-8c2a-4f5e-9d3b-6a7c8e9f0a1b';
const APP_READY = () => document.querySelector('#app')?.childElementCount;

/** Every session not yet closed, for `takeAllErrors`. */
const sessions = new Set<PanelSession>();

/** The errors every open session has collected since the last call, each with its browser. */
export function takeAllErrors(): string[] {
  return [...sessions].flatMap((session) =>
    session.takeErrors().map((error) => `${session.browserName}: ${error}`),
  );
}

/** Collects error lines; `take()` hands them over once. */
function errorLog() {
  let lines: string[] = [];
  return {
    add: (line: string) => void lines.push(line),
    take: () => {
      const taken = lines;
      lines = [];
      return taken;
    },
  };
}

/** Debian's translations each browser needs for a UI language other than English. */
const LANGUAGE_PACKAGES: Record<BrowserName, Record<Locale, string | null>> = {
  chromium: { nl: 'chromium-l10n', en: null },
  firefox: { nl: 'firefox-esr-l10n-nl', en: null },
};

function findExecutable(name: BrowserName): string {
  const path =
    name === 'chromium'
      ? (process.env.CHROME_PATH ?? '/usr/bin/chromium')
      : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
  if (!existsSync(path)) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    const env = name === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH';
    throw new Error(
      `No ${name} at ${path}. Install Debian's browser with \`sudo apt-get install -y ${pkg}\`, ` +
        `or point ${env} at an existing ${name} executable.`,
    );
  }
  return path;
}

function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first (\`npm test\` does).`);
  }
}

/** The parts of a session that differ between the two automation libraries. */
type Driver = Omit<PanelSession, 'locale' | 'colorScheme' | 'uiLanguage' | 'clickText'>;

/** Starts the browser with the extension installed, in the UI language and colour scheme asked for. */
export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<PanelSession> {
  const { locale = 'nl', colorScheme = 'light', width = 400, height = 800 } = options;
  const driver =
    name === 'chromium'
      ? await launchChromium(locale, colorScheme, width, height, options.extensionDir ?? CHROME_DIR)
      : await launchFirefox(locale, colorScheme, width, height, options.extensionDir ?? FIREFOX_DIR);
  try {
    await driver.open();
    const [uiLanguage, dark, focused] = await driver.evaluate(() => [
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
      matchMedia('(prefers-color-scheme: dark)').matches,
      document.hasFocus(),
    ]);
    if (!focused)
      throw new Error(`${name}: the panel page has no focus, so keys would not act as a person's.`);
    const wanted = locale === 'en' ? /^en\b/iu : /^nl\b/iu;
    if (!wanted.test(String(uiLanguage))) {
      const pkg = LANGUAGE_PACKAGES[name][locale];
      throw new Error(
        `${name} gave the panel the UI language '${uiLanguage}', not '${locale}'.` +
          (pkg
            ? ` Debian's ${name} ships English only: install its translations with ` +
              `\`sudo apt-get install -y ${pkg}\` (\`bash scripts/install-browsers.sh\` does).`
            : ''),
      );
    }
    if (dark !== (colorScheme === 'dark')) {
      throw new Error(`${name} did not apply prefers-color-scheme: ${colorScheme} to the panel page.`);
    }
    const session: PanelSession = {
      ...driver,
      locale,
      colorScheme,
      uiLanguage: String(uiLanguage),
      clickText: (label, selector = 'button, summary') => clickText(driver, label, selector),
      async close() {
        sessions.delete(session);
        await driver.close();
      },
    };
    sessions.add(session);
    return session;
  } catch (error) {
    await driver.close();
    throw error;
  }
}

let clickCounter = 0;

/**
 * Clicks the visible element named `label`. A render between finding it and clicking it can replace
 * the element (the click then finds no element): it is found again, a few times at most.
 */
async function clickText(driver: Driver, label: string | RegExp, selector: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await clickTextOnce(driver, label, selector);
    } catch (error) {
      const replaced = error instanceof Error && /No element found for selector/u.test(error.message);
      if (!replaced || attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function clickTextOnce(driver: Driver, label: string | RegExp, selector: string): Promise<void> {
  const token = String(++clickCounter);
  const pattern = typeof label === 'string' ? null : { source: label.source, flags: label.flags };
  const found = await driver.evaluate(
    ({ selector, text, pattern, token }) => {
      // No named functions in here: tools that keep names (tsx) would wrap them in a helper the page lacks.
      const names: string[] = [];
      const regex = pattern ? new RegExp(pattern.source, pattern.flags) : null;
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        if (!element.checkVisibility()) continue;
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '')
          .replace(/\s+/gu, ' ')
          .trim();
        const shown = (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
        if (regex ? regex.test(name) || regex.test(shown) : name === text || shown === text) {
          element.setAttribute('data-e2e-click', token);
          return null;
        }
        names.push(name === shown ? name : `${shown} [${name}]`);
      }
      return names;
    },
    { selector, text: typeof label === 'string' ? label : '', pattern, token },
  );
  if (found) {
    throw new Error(
      `No visible ${selector} named ${String(label)}; there are: ${found.join(' | ') || 'none'}`,
    );
  }
  await driver.click(`[data-e2e-click="${token}"]`);
  await driver.evaluate(
    (t) => document.querySelector(`[data-e2e-click="${t}"]`)?.removeAttribute('data-e2e-click'),
    token,
  );
}

const readClipboard = () => navigator.clipboard.readText();
const writeClipboard = (text: string) => navigator.clipboard.writeText(text);

/** The clipboard's HTML, for rich copies; runs in the page. */
const readClipboardHtml = async (): Promise<string | null> => {
  for (const item of await navigator.clipboard.read()) {
    if (item.types.includes('text/html')) return (await item.getType('text/html')).text();
  }
  return null;
};

/** The little of a page both drivers' tabs offer, for `selectInPage`. */
interface Tab {
  goto(url: string): Promise<unknown>;
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
  close(): Promise<void>;
}

/** Opens `url` in a new tab, selects `selector`'s contents there and comes back to the panel. */
async function selectInNewTab(
  open: () => Promise<unknown>,
  panelPage: { bringToFront(): Promise<void> },
  url: string,
  selector: string,
): Promise<string> {
  const tab = (await open()) as Tab;
  try {
    await tab.goto(url);
    return await tab.evaluate(selectContents, selector);
  } finally {
    await tab.close();
    await panelPage.bringToFront();
  }
}

/** Selects an element's contents in the page and returns the text, as a mouse selection would. */
const selectContents = (selector: string) => {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`No ${selector} on ${location.href}`);
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
};

async function launchChromium(
  locale: Locale,
  colorScheme: ColorScheme,
  width: number,
  height: number,
  extensionDir: string,
): Promise<Driver> {
  const executablePath = findExecutable('chromium');
  assertBuilt(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'weerbaar-chromium-'));
  // LANGUAGE wins over LC_ALL, LC_MESSAGES and LANG; LANG also sets the default Accept-Language.
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'LC_ALL' && key !== 'LC_MESSAGES') env[key] = value;
  }
  env.LANGUAGE = locale === 'nl' ? 'nl' : 'en_US';
  env.LANG = locale === 'nl' ? 'nl_NL.UTF-8' : 'en_US.UTF-8';
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    colorScheme,
    env,
    viewport: { width, height },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // This machine has no network: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Node's URL gives no origin for chrome-extension:// URLs; the id is the host.
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    const page: PlaywrightPage = context.pages()[0] ?? (await context.newPage());
    // Pages and the service worker alike: Playwright reports both on the context.
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    // The extension's own errors: its pages' and its service worker's, not those of a test's page.
    const errors = errorLog();
    const own = (url: string | undefined) => Boolean(url?.startsWith(origin));
    const onConsole = (message: ConsoleMessage) => {
      const from = message.worker()?.url() ?? message.page()?.url() ?? message.location().url;
      if (message.type() === 'error' && own(from)) errors.add(`console.error: ${message.text()}`);
    };
    context.on('console', onConsole);
    context.on('weberror', (error) => {
      if (own(error.page()?.url())) errors.add(`uncaught: ${error.error().message}`);
    });
    // A worker's uncaught errors reach no Playwright event: the worker reports them to its console.
    await worker.evaluate(() => {
      addEventListener('error', (event) => console.error((event as ErrorEvent).message));
      addEventListener('unhandledrejection', (event) =>
        console.error('Uncaught (in promise)', String((event as PromiseRejectionEvent).reason)),
      );
    });
    // The panel copies citations; the tests read them back. Playwright's grantPermissions() cannot:
    // it normalises the origin with Node's URL, which makes chrome-extension:// opaque. CDP can.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.grantPermissions', {
      origin,
      permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
    });
    return {
      browserName: 'chromium',
      origin,
      async open(suffix = '') {
        await page.goto(`${origin}/sidepanel.html${suffix}`);
        await page.waitForFunction(APP_READY);
      },
      async reload() {
        await page.reload();
        await page.waitForFunction(APP_READY);
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      async addScript(source) {
        await page.evaluate(source);
      },
      async waitFor(fn, arg, message, timeout = 5000) {
        await page.waitForFunction(fn as never, arg, { timeout }).catch((error: Error) => {
          throw new Error(message ?? error.message);
        });
      },
      type: (selector, text) => page.locator(selector).pressSequentially(text),
      press: (key) => page.keyboard.press(key),
      click: (selector) => page.locator(selector).first().click(),
      selectInPage: (url, selector) => selectInNewTab(() => context.newPage(), page, url, selector),
      evaluateInBackground: (fn, arg) => worker.evaluate(fn as never, arg) as never,
      requests: () => [...requested],
      takeErrors: errors.take,
      async leave(url = 'about:blank') {
        await page.goto(url);
      },
      readClipboard: () => page.evaluate(readClipboard),
      readClipboardHtml: () => page.evaluate(readClipboardHtml),
      writeClipboard: (text) => page.evaluate(writeClipboard, text),
      setViewport: (w, h = height) => page.setViewportSize({ width: w, height: h }),
      async screenshot(shot, { fullPage = false } = {}) {
        const path = join(SCREENSHOT_DIR, `chromium-${shot}.png`);
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path, fullPage });
        return path;
      },
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

async function launchFirefox(
  locale: Locale,
  colorScheme: ColorScheme,
  width: number,
  height: number,
  extensionDir: string,
): Promise<Driver> {
  const executablePath = findExecutable('firefox');
  assertBuilt(extensionDir);
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      // The UI language; `nl` takes effect only with the langpack (see the top of this file).
      'intl.locale.requested': locale === 'nl' ? 'nl' : 'en-US',
      // Lets the tests read the clipboard back without the paste prompt and user-activation checks.
      'dom.events.testing.asyncClipboard': true,
      // WebDriver BiDi gives no console events of moz-extension:// pages: the browser's own output
      // does, with this (the panel's and the background's console calls and uncaught errors).
      'devtools.console.stdout.content': true,
    },
  });
  const output = browserOutput(browser);
  try {
    await browser.installExtension(extensionDir);
    const origin = `moz-extension://${FIREFOX_UUID}`;
    // A new tab, not the start-up one: headless Firefox never gives the first tab's document focus
    // (`document.hasFocus()` stays false) and then Enter and Space do not activate buttons.
    const page: PuppeteerPage = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => void requested.push(request.url()));
    await page.setViewport({ width, height });

    // Navigations to moz-extension:// pages never resolve over BiDi: start them and wait for the app.
    // A check that runs while the document is being replaced can fail with a protocol error: it is
    // run again until the deadline.
    const navigate = async (url: string | null) => {
      const navigation = url === null ? page.reload() : page.goto(url);
      navigation.catch(() => undefined);
      const deadline = Date.now() + 15000;
      for (;;) {
        try {
          await page.waitForFunction(
            (href: string | null) =>
              !(globalThis as { weerbaarLeft?: boolean }).weerbaarLeft &&
              (href === null || location.href === href) &&
              document.querySelector('#app')?.childElementCount &&
              // The tests reach storage through the page's extension API: wait for that too.
              typeof (globalThis as { chrome?: { storage?: object } }).chrome?.storage === 'object',
            { timeout: Math.max(1, deadline - Date.now()) },
            url,
          );
          return;
        } catch (error) {
          if (Date.now() >= deadline || (error instanceof Error && error.name === 'TimeoutError'))
            throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    };

    /**
     * Marks the tab's document as the one being left, so that the wait in `navigate` sees only the
     * next. A page that does not answer within a second is being replaced already.
     */
    const markLeft = () =>
      Promise.race([
        page
          .evaluate(() => void ((globalThis as { weerbaarLeft?: boolean }).weerbaarLeft = true))
          .catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 1000)),
      ]);

    return {
      browserName: 'firefox',
      origin,
      async open(suffix = '') {
        // Opened at the address it is at (a tip it shows already), the old document would pass the
        // wait below and take the next click, which the new one then never sees: mark it, as `reload`.
        await markLeft();
        await navigate(`${origin}/sidepanel.html${suffix}`);
      },
      async reload() {
        await markLeft();
        await navigate(null);
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      async addScript(source) {
        await page.evaluate(source);
      },
      async waitFor(fn, arg, message, timeout = 5000) {
        // The check's value is made a boolean in the page: a DOM node handed back over BiDi now and
        // then fails to leave the extension's realm ("Not allowed to define cross-origin object as
        // property on [Object] or [Array] XrayWrapper"), as `waitFor(() => querySelector(…))` gives.
        const check = `Boolean((${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}))`;
        await page.waitForFunction(check, { timeout }).catch((error: Error) => {
          throw new Error(message ?? error.message);
        });
      },
      type: (selector, text) => page.type(selector, text),
      async press(chord) {
        // Puppeteer presses one key at a time: hold the modifiers of a chord like `Control+V`.
        const keys = chord.split(/\+(?!$)/u) as KeyInput[];
        const key = keys.pop()!;
        for (const modifier of keys) await page.keyboard.down(modifier);
        await page.keyboard.press(key);
        for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
      },
      click: (selector) => page.click(selector),
      selectInPage: (url, selector) => selectInNewTab(() => browser.newPage(), page, url, selector),
      // Firefox's background page is not a target that WebDriver BiDi hands out.
      evaluateInBackground: null,
      takeErrors: output.takeErrors,
      requests: () => [...requested],
      async leave(url = 'about:blank') {
        await page.goto(url);
      },
      readClipboard: () => page.evaluate(readClipboard),
      readClipboardHtml: () => page.evaluate(readClipboardHtml),
      writeClipboard: (text) => page.evaluate(writeClipboard, text),
      setViewport: (w, h = height) => page.setViewport({ width: w, height: h }),
      async screenshot(shot, { fullPage = false } = {}) {
        const path = join(SCREENSHOT_DIR, `firefox-${shot}.png`) as `${string}.png`;
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path, fullPage });
        return path;
      },
      async close() {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * The extension's errors in Firefox's output: with `devtools.console.stdout.content`, every console
 * call and uncaught error of a content or extension page is a line there (`console.error: "…"`,
 * `JavaScript error: moz-extension://…`). A test's own pages would count too; they log nothing.
 */
function browserOutput(browser: Browser) {
  const errors = errorLog();
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        // Firefox's own modules log through named consoles (`console.error: RSLoader: …`); a page's
        // console call prints its arguments (`console.error: "…"`).
        const own = /^console\.error: (?![A-Z]\w*: )|^JavaScript error: moz-extension:/u.test(line);
        if (own) errors.add(line);
      }
    });
  }
  return { takeErrors: errors.take };
}
