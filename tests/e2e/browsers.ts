/**
 * Launches the built extension in a real browser and gives the tests one way to drive its panel page,
 * whichever browser it is: Debian's Chromium through playwright-core, Debian's Firefox ESR through
 * puppeteer-core over WebDriver BiDi.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /** `light` or `dark`, for `prefers-color-scheme`. Default: `light`. */
  colorScheme?: 'light' | 'dark';
  /** Width of the panel in CSS pixels: side panels are narrow. Default: 400. */
  width?: number;
}

/** The extension's panel page open in a tab, and what a test does with it. */
export interface PanelSession {
  readonly browserName: BrowserName;
  /** The extension's own origin, e.g. `chrome-extension://abc…`. */
  readonly origin: string;
  /** Opens `sidepanel.html` (plus `suffix`, e.g. `?q=…`) and waits until the app has rendered. */
  open(suffix?: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until `fn` returns a truthy value in the page; fails with `message` after `timeout` ms. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, message?: string, timeout?: number): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Saves a PNG under `test-results/screenshots/` (not committed). */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export const CHROME_DIR = resolve('.output/chrome-mv3');
export const FIREFOX_DIR = resolve('.output/firefox-mv3');
const SCREENSHOT_DIR = resolve('test-results/screenshots');
/** Firefox picks a random moz-extension:// UUID per profile; pinning it lets tests address the panel. */
const FIREFOX_UUID = '4b1f7d0e-8c2a-4f5e-9d3b-6a7c8e9f0a1b';
const APP_READY = () => document.querySelector('#app')?.childElementCount;

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

/** Starts the browser with the extension installed. */
export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<PanelSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium({ colorScheme = 'light', width = 400 }: LaunchOptions): Promise<PanelSession> {
  const executablePath = findExecutable('chromium');
  assertBuilt(CHROME_DIR);
  const profile = mkdtempSync(join(tmpdir(), 'weerbaar-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    colorScheme,
    viewport: { width, height: 800 },
    args: [
      `--disable-extensions-except=${CHROME_DIR}`,
      `--load-extension=${CHROME_DIR}`,
      // This machine has no network: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Node's URL gives no origin for chrome-extension:// URLs; the id is the host.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const page: PlaywrightPage = context.pages()[0] ?? (await context.newPage());
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
    async waitFor(fn, arg, message, timeout = 5000) {
      await page.waitForFunction(fn as never, arg, { timeout }).catch((error: Error) => {
        throw new Error(message ?? error.message);
      });
    },
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.locator(selector).first().click(),
    async screenshot(shot) {
      const path = join(SCREENSHOT_DIR, `chromium-${shot}.png`);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox({ colorScheme = 'light', width = 400 }: LaunchOptions): Promise<PanelSession> {
  const executablePath = findExecutable('firefox');
  assertBuilt(FIREFOX_DIR);
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    },
  });
  await browser.installExtension(FIREFOX_DIR);
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const page: PuppeteerPage = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width, height: 800 });

  // Navigations to moz-extension:// pages never resolve over BiDi: start them and wait for the app.
  async function navigate(url: string | null) {
    const navigation = url === null ? page.reload() : page.goto(url);
    navigation.catch(() => undefined);
    await page.waitForFunction(
      (href: string | null) =>
        (href === null || location.href === href) && document.querySelector('#app')?.childElementCount,
      { timeout: 15000 },
      url,
    );
  }

  return {
    browserName: 'firefox',
    origin,
    async open(suffix = '') {
      await navigate(`${origin}/sidepanel.html${suffix}`);
    },
    async reload() {
      // Mark the old document so the wait below sees the new one, not the one being unloaded.
      await page.evaluate(() => document.getElementById('app')?.replaceChildren());
      await navigate(null);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, message, timeout = 5000) {
      await page.waitForFunction(fn as never, { timeout }, arg).catch((error: Error) => {
        throw new Error(message ?? error.message);
      });
    },
    type: (selector, text) => page.type(selector, text),
    press: (key) => page.keyboard.press(key as never),
    click: (selector) => page.click(selector),
    async screenshot(shot) {
      const path = join(SCREENSHOT_DIR, `firefox-${shot}.png`) as `${string}.png`;
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
    },
  };
}
