/**
 * A whole draft pasted into the panel, in real Chromium and Firefox, in Dutch and in English: advice
 * part by part with the matched words marked, one merged list, and what the draft leaves out.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type Locale, type PanelSession } from '../../tools/browsers';
import { audit } from './axe';
import { eventually, focused, kb, start, text, textOf, textsOf, tip } from './helpers';
import { sectionText } from '../../lib/find-quote';
import { draftParts } from '../../lib/search/advise-draft';

/** The wijkaanpak of the issue "Advice for a whole draft": seven sentences, seven subjects. */
const WIJKAANPAK = [
  'Met de wijkaanpak Veilig Samen in Oost willen wij de weerbaarheid van bewoners tegen ondermijnende criminaliteit vergroten.',
  'Wij zien dat jongeren in de wijk al op jonge leeftijd worden benaderd voor klusjes in het drugscircuit.',
  'De gemeente wil daarom samen met de wijkagent, het jongerenwerk en sleutelpersonen uit de gemeenschap een lokaal netwerk opbouwen.',
  'Daarbij sluiten wij aan bij plekken waar bewoners al samenkomen, zoals de moskee, de sportvereniging en het buurthuis.',
  'Sleutelpersonen ontvangen een vrijwilligersvergoeding en worden actief op de hoogte gehouden van de voortgang.',
  'Omdat het vertrouwen in de gemeente in Oost laag is, investeren wij eerst in contact en pas daarna in handhaving.',
  'Voor de uitvoering sluiten wij een meerjarige subsidieovereenkomst met de welzijnsorganisatie, zodat de frontlijnwerkers niet elk jaar wisselen.',
].join(' ');

const cases: [BrowserName, Locale][] = [
  ['chromium', 'nl'],
  ['firefox', 'nl'],
  ['chromium', 'en'],
  ['firefox', 'en'],
];

describe.each(cases)('a draft in %s, in %s', (browserName, locale) => {
  const nl = locale === 'nl';
  let panel: PanelSession;
  beforeAll(async () => {
    panel = await launch(browserName, { locale, colorScheme: nl ? 'light' : 'dark' });
  });
  afterAll(async () => panel?.close());
  beforeEach(async () => {
    await start(panel);
    await eventually(() => textsOf(panel, 'button')).toContain(nl ? 'Tekst plakken' : 'Paste text');
    await panel.clickText(nl ? 'Tekst plakken' : 'Paste text');
    await panel.type('#paste', WIJKAANPAK);
    await panel.clickText(nl ? 'Zoek advies bij deze tekst' : 'Find advice for this text');
    await eventually(() => panel.evaluate(() => document.querySelectorAll('.draft-part').length)).toBe(7);
  });

  /** The tip ids listed under each part, in order. */
  const partTips = () =>
    panel.evaluate(() =>
      [...document.querySelectorAll('.draft-part')].map((part) =>
        [...part.querySelectorAll('[data-tip-id]')].map((li) => li.getAttribute('data-tip-id')!),
      ),
    );

  it('shows each part with its advice, the words that matched marked', async () => {
    const parts = await partTips();
    expect(parts.every((ids) => ids.length >= 1 && ids.length <= 3)).toBe(true);
    for (const subject of [
      ['meedoen-uit-zelfbescherming'],
      ['mensen-opzoeken-waar-ze-al-komen'],
      ['wantrouwen-achterhalen'],
      ['continuiteit-in-beleid-en-organisatie', 'investeren-in-frontlijnfunctionarissen'],
    ]) {
      expect(parts.flat(), subject.join(' or ')).toEqual(expect.arrayContaining([expect.toBeOneOf(subject)]));
    }
    const marked = await textsOf(panel, '.draft-part[data-part="1"] .part-text mark');
    expect(marked.map((word) => word.toLowerCase())).toContain('jongeren');
    expect(marked.map((word) => word.toLowerCase())).not.toContain('wij');
    // Nor in a tip: `waar` and `zoals` of part 4 are in its tip's title and summary, and say nothing
    // of why it matched (in English the tip's English texts are shown, which hold neither).
    const inTips = await textsOf(panel, '.draft-part[data-part="3"] [data-tip-id] mark');
    if (nl) expect(inTips).not.toEqual([]);
    const reasons = (await textsOf(panel, '.draft-part[data-part="3"] [data-tip-id] .tip-reason')).join(' ');
    for (const filler of ['waar', 'zoals']) {
      expect(inTips.map((word) => word.toLowerCase())).not.toContain(filler);
      expect(reasons.toLowerCase().split(/[^\p{L}]+/u)).not.toContain(filler);
    }
    expect((await textsOf(panel, '.part-number'))[0]).toBe(nl ? 'Deel 1' : 'Part 1');
    const { violations } = await audit(panel);
    expect(violations).toEqual([]);
    await panel.screenshot(`${locale}-draft-parts`, { fullPage: true });
  });

  it('names under a part the tips another part keeps, each a link that opens the tip', async () => {
    // "Wij zien dat jongeren …" has young people who take part to protect themselves first, alone;
    // the opening sentence keeps that tip, and this part names it, with the part that shows it.
    const id = 'meedoen-uit-zelfbescherming';
    expect((await partTips())[0]).toContain(id);
    expect((await partTips())[1]).not.toContain(id);
    const line = `.draft-part[data-part="1"] [data-shared-tip-id="${id}"]`;
    const title = nl ? tip(id).title : tip(id).en.title;
    expect(await textOf(panel, line)).toBe(`${nl ? 'Staat bij deel 1:' : 'Shown under part 1:'} ${title}`);
    expect(await textOf(panel, '.draft-part[data-part="1"] .shared-tips')).toMatch(
      nl ? /^Past ook bij dit deel:/u : /^Also fits this part:/u,
    );
    await panel.click(`${line} button`);
    await eventually(() => textOf(panel, '.tip-detail h2')).toBe(title);
    await eventually(() => focused(panel)).toMatch(/^heading /u);
    // Back: focus returns to the link, not to the tip's card under the part that shows it.
    await panel.press('Escape');
    const link = `button ${title}`.slice(0, 67).trim();
    await eventually(() => focused(panel)).toBe(link);
    // The arrow keys walk a part's tips, then the tips it names (this one first), then the next part's.
    const [, own, next] = await partTips();
    const named = await panel.evaluate(() =>
      [...document.querySelectorAll('.draft-part[data-part="1"] [data-shared-tip-id]')].map((li) =>
        li.getAttribute('data-shared-tip-id'),
      ),
    );
    expect(named[0], "the named tip is the part's first link").toBe(id);
    expect(own!.length && next!.length, 'parts 2 and 3 show tips of their own').toBeGreaterThan(0);
    await panel.press('ArrowUp');
    await eventually(() => focused(panel)).toBe(`tip ${own![own!.length - 1]}`);
    await panel.press('ArrowDown');
    await eventually(() => focused(panel)).toBe(link);
    for (let i = 0; i < named.length; i++) await panel.press('ArrowDown');
    await eventually(() => focused(panel)).toBe(`tip ${next![0]}`);
  });

  it('narrows to one part when it is chosen, by keyboard too', async () => {
    await panel.evaluate(() =>
      document.querySelector<HTMLButtonElement>('.draft-part[data-part="3"] .part-text')!.focus(),
    );
    await panel.press('Enter');
    await eventually(() => panel.evaluate(() => document.querySelectorAll('.draft-part').length)).toBe(1);
    expect(
      await panel.evaluate(() => document.querySelector('.part-text')!.getAttribute('aria-pressed')),
    ).toBe('true');
    await panel.press('Tab');
    await eventually(() => focused(panel)).toMatch(/^tip /u);
    await panel.clickText(nl ? 'Toon alle delen' : 'Show all parts');
    await eventually(() => panel.evaluate(() => document.querySelectorAll('.draft-part').length)).toBe(7);
  });

  it('lists all advice once, each with the parts it serves, and copies it as one source list', async () => {
    const inParts = new Set((await partTips()).flat());
    await panel.clickText(new RegExp(nl ? '^Alle advies \\(\\d+\\)$' : '^All advice \\(\\d+\\)$', 'u'));
    await eventually(() => textsOf(panel, '.draft .tip-list [data-tip-id]')).not.toEqual([]);
    const ids = await panel.evaluate(() =>
      [...document.querySelectorAll('.draft .tip-list [data-tip-id]')].map((li) =>
        li.getAttribute('data-tip-id')!,
      ),
    );
    expect(new Set(ids)).toEqual(inParts);
    expect(ids).toHaveLength(inParts.size);
    expect(
      (await textsOf(panel, '.draft .tip-list .tip-reason')).some((line) =>
        /^(Bij deel|For part) \d/u.test(line),
      ),
    ).toBe(true);
    await panel.clickText(nl ? 'Kopieer alle advies als bronnenlijst' : 'Copy all advice as a source list');
    await eventually(() => panel.readClipboard()).toContain(nl ? tip(ids[0]!).title : tip(ids[0]!).en.title);
    const clipboard = await panel.readClipboard();
    for (const id of ids) expect(clipboard).toContain(nl ? tip(id).title : tip(id).en.title);
  });

  it('shows which themes the draft touches, and the advice of those it leaves out', async () => {
    await panel.clickText(
      new RegExp(nl ? '^Meer uit het verslag \\(\\d+\\)$' : '^More in the report \\(\\d+\\)$', 'u'),
    );
    await eventually(() => panel.evaluate(() => document.querySelectorAll('.theme-bars li').length)).toBe(
      kb.themes.length,
    );
    const untouched = await panel.evaluate(() =>
      [...document.querySelectorAll('.theme-bars li.untouched')].map((li) =>
        li.getAttribute('data-theme-id')!,
      ),
    );
    const groups = await panel.evaluate(() =>
      [...document.querySelectorAll('.draft .group')].map((group) => group.getAttribute('data-theme-id')!),
    );
    expect(groups.every((id) => untouched.includes(id))).toBe(true);
    expect(await textOf(panel, '.draft .hint')).toMatch(
      nl ? /wegwijzer, geen oordeel/u : /pointer, not a verdict/u,
    );
    const { violations } = await audit(panel);
    expect(violations).toEqual([]);
    await panel.screenshot(`${locale}-draft-missing`, { fullPage: true });
  });

  it('passes over the header lines of a memo and its close: no advice, and said why', async () => {
    await start(panel);
    await eventually(() => textsOf(panel, 'button')).toContain(nl ? 'Tekst plakken' : 'Paste text');
    await panel.clickText(nl ? 'Tekst plakken' : 'Paste text');
    await panel.type(
      '#paste',
      'Aan: het afdelingshoofd Wijken\nVan: de gebiedsmakelaar\n\n' +
        'Jongeren die hulp vragen om uit het drugscircuit te stappen, moeten binnen een week geholpen worden.\n' +
        'Met vriendelijke groet,\nKarim Ouali, gebiedsmakelaar',
    );
    await panel.clickText(nl ? 'Zoek advies bij deze tekst' : 'Find advice for this text');
    // The two header lines are one muted block, said once to have no advice, and so are the close and
    // the signature; the sentence has its own.
    await eventually(() => panel.evaluate(() => document.querySelectorAll('.draft-part').length)).toBe(3);
    const parts = await partTips();
    expect(parts.map((ids) => ids.length > 0)).toEqual([false, true, false]);
    expect(await textsOf(panel, '.draft-header .header-line')).toEqual([
      'Aan: het afdelingshoofd Wijken',
      'Van: de gebiedsmakelaar',
      'Met vriendelijke groet,',
      'Karim Ouali, gebiedsmakelaar',
    ]);
    expect(await textOf(panel, '.draft-header .part-number')).toBe(nl ? 'Delen 1 t/m 2' : 'Parts 1 to 2');
    expect(await textOf(panel, '.draft-header .empty')).toBe(
      nl ? 'Kop- of slotregels: hier hoort geen advies bij.' : 'Header or closing lines: no advice for them.',
    );
    // Nothing to choose in it; the sentence keeps its number in the draft.
    expect(await panel.evaluate(() => document.querySelectorAll('.draft-header button').length)).toBe(0);
    expect(await textOf(panel, '.draft-part[data-part="2"] .part-number')).toBe(nl ? 'Deel 3' : 'Part 3');
    const { violations } = await audit(panel);
    expect(violations, 'axe violations with header lines').toEqual([]);
    await panel.screenshot(`${locale}-draft-header-lines`, { fullPage: true });
  });

  it('works a whole draft out in steps, saying how far it has come, then shows every part', async () => {
    // A beleidsnotitie's length (20,000 characters) of the report's own paragraphs: some 150 parts,
    // looked up in tasks of a few milliseconds, never all in the first.
    const long = text.sections.map((section) => sectionText(section.blocks)).join('\n\n');
    const draft = long.slice(0, long.lastIndexOf(' ', 20_000));
    const total = draftParts(draft).length;
    expect(total).toBeGreaterThan(100);
    await panel.clickText(nl ? 'Tekst plakken' : 'Paste text');
    // Pasted as a whole (typed key by key it would take minutes), with a watch on what the panel
    // shows while it works.
    await panel.evaluate((value) => {
      const box = document.querySelector<HTMLTextAreaElement>('#paste')!;
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const seen = window as unknown as { working?: string[]; announced?: string[] };
      seen.working = [];
      seen.announced = [];
      new MutationObserver(() => {
        // The bar, named by the line above it; and what the panel's live region says.
        const bar = document.querySelector<HTMLProgressElement>('.draft-working progress');
        const name = document.getElementById(bar?.getAttribute('aria-labelledby') ?? '');
        if (bar && name) seen.working!.push(`${name.textContent} ${bar.value}/${bar.max}`);
        const live = document.querySelector('[aria-live]')?.textContent ?? '';
        if (live && seen.announced!.at(-1) !== live) seen.announced!.push(live);
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    }, draft);
    await panel.clickText(nl ? 'Zoek advies bij deze tekst' : 'Find advice for this text');
    // Every part, rendered a few rows at a time: those of their own and the header lines. A cold
    // lookup of some 150 parts on a busy machine takes seconds, not the 5 s of `eventually`.
    await expect
      .poll(
        () =>
          panel.evaluate(
            () =>
              document.querySelectorAll('.draft-part:not(.draft-header)').length +
              document.querySelectorAll('[data-part-line]').length,
          ),
        { timeout: 30_000, interval: 100 },
      )
      .toBe(total);
    expect(await textOf(panel, '.draft-tabs button')).toBe(nl ? `Per deel (${total})` : `By part (${total})`);
    expect(await panel.evaluate(() => document.querySelector('.draft-working'))).toBeNull();
    const working = await panel.evaluate(() => (window as unknown as { working: string[] }).working);
    const said = nl
      ? `Advies zoeken bij de ${total} delen van uw tekst…`
      : `Finding advice for the ${total} parts of your text…`;
    expect(working.length).toBeGreaterThan(0);
    expect(working.every((line) => line.startsWith(`${said} `) && line.endsWith(`/${total}`))).toBe(true);
    // The bar moved on from part to part.
    expect(new Set(working).size).toBeGreaterThan(1);
    // Said once by the live region, and then that the advice is there.
    const announced = await panel.evaluate(() => (window as unknown as { announced: string[] }).announced);
    expect(announced.slice(-2)).toEqual([
      said,
      nl
        ? `Advies bij de ${total} delen van uw tekst staat klaar.`
        : `Advice for the ${total} parts of your text is ready.`,
    ]);
    // A tip opened from a part far down, and back: its card takes the focus again, every row there
    // at once (drawn a few at a time only the first time).
    const late = await panel.evaluate(() => {
      const cards = [...document.querySelectorAll('.draft-part .tip-list [data-tip-id]')];
      return cards[cards.length - 1]!.getAttribute('data-tip-id')!;
    });
    await panel.click(`.draft-parts [data-tip-id="${late}"] .tip-open`);
    await eventually(() => focused(panel)).toMatch(/^heading /u);
    await panel.press('Escape');
    await eventually(() => focused(panel)).toBe(`tip ${late}`);
  });

  it('keeps the draft in Recent, by its first words', async () => {
    await panel.clickText('Recent');
    await eventually(() => textsOf(panel, '.history-text')).toEqual([
      expect.stringMatching(/^Met de wijkaanpak Veilig Samen/u),
    ]);
  });
});
