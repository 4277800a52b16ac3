/** The launcher itself: what a person sees when a browser is missing. */
import { afterEach, describe, expect, it } from 'vitest';
import { launch, type BrowserName } from '../../tools/browsers';

describe.each<[BrowserName, string, string]>([
  ['chromium', 'CHROME_PATH', 'chromium'],
  ['firefox', 'FIREFOX_PATH', 'firefox-esr'],
])('launching %s', (browserName, variable, pkg) => {
  const saved = process.env[variable];
  afterEach(() => {
    if (saved === undefined) delete process.env[variable];
    else process.env[variable] = saved;
  });

  it('fails with the command that installs the browser when it is missing', async () => {
    process.env[variable] = '/nonexistent/browser';
    await expect(launch(browserName)).rejects.toThrow(
      `No ${browserName} at /nonexistent/browser. Install Debian's browser with \`sudo apt-get install -y ${pkg}\``,
    );
  });
});
