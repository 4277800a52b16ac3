/**
 * Renders assets/icon.svg to the PNG sizes the stores and browsers ask for (public/icon/<size>.png,
 * which WXT puts in the manifest), with the headless Chromium the tests use. Run after changing the
 * SVG: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const ROOT = join(import.meta.dirname, '..');
const svg = readFileSync(join(ROOT, 'assets', 'icon.svg'), 'utf8');
const out = join(ROOT, 'public', 'icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
