import { beforeEach, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import type { AppState } from '@/lib/app-state';
import { exportFileName } from '@/lib/citation-actions';
import nl from '@/locales/nl.json';
import { appState, kb } from './app-state-fixture';

const { report } = kb.reports[0]!;
const JUNE_14 = new Date(2025, 5, 14, 10).getTime();

describe('citation actions', () => {
  let clipboard: { text: string; html?: string }[];
  let files: { file: Blob; name: string }[];
  let state: AppState;
  beforeEach(() => {
    clipboard = [];
    files = [];
    state = appState({
      writeClipboard: vi.fn(async (text: string, html?: string) => void clipboard.push({ text, html })),
      saveFile: (file, name) => void files.push({ file, name }),
      now: () => JUNE_14,
    });
  });

  it('copies a tip as HTML and plain text together, with the right attribution', async () => {
    await state.actions.copyCitation('niet-denken-vanuit-rollen', 'text');
    expect(clipboard[0]!.text).toMatch(/opmerking uit de zaal bij de bijdrage van Radboud Engbersen\)$/u);
    expect(clipboard[0]!.html).toMatch(
      /^<p><b>Aanbestedingen leiden tot denken in rollen: ‘daar ben ik niet van’<\/b><\/p>\n<blockquote>/u,
    );
    expect(state.notice.value).toMatchObject({ text: nl.copiedText, tone: 'info' });
  });

  it('copies Markdown as text alone', async () => {
    await state.actions.copyCitation('neutrale-gespreksleider', 'markdown');
    expect(clipboard[0]).toEqual({
      text: expect.stringMatching(/^\*\*Kies een neutrale gespreksleider\*\*\n\n> /u),
      html: undefined,
    });
  });

  it('follows the chosen style in copies, drags and exports', async () => {
    state.actions.setCitationStyle('apa');
    expect(state.citationStyle.value).toBe('apa');
    expect(state.citationOf('neutrale-gespreksleider')!.text).toContain(
      '(Ministerie van SZW, 2024, groepsgesprek o.l.v. Halima Bochallati)\n\nLiteratuur\n',
    );
    state.actions.setCitationStyle('footnote');
    await state.actions.copyCitation('neutrale-gespreksleider', 'text');
    expect(clipboard[0]!.html).toContain('<sup>1</sup>');
  });

  it('drags the same HTML and text as a copy, and nothing for an unknown tip', async () => {
    await state.actions.copyCitation('ken-jezelf', 'text');
    expect(state.citationOf('ken-jezelf')).toEqual(clipboard[0]);
    expect(state.citationOf('bestaat-niet')).toBeNull();
  });

  it('exports the kept list as rich text, with one literature list', async () => {
    state.actions.togglePin('wantrouwen-achterhalen');
    state.actions.togglePin('ken-jezelf');
    await state.actions.exportPins('rich');
    expect(clipboard[0]!.html!.match(/<blockquote>/gu)).toHaveLength(2);
    expect(
      clipboard[0]!.html!.match(/Ministerie van Sociale Zaken en Werkgelegenheid\. \(2024\)/gu),
    ).toHaveLength(1);
    expect(state.notice.value).toMatchObject({ text: nl.copiedSourceListRich });
  });

  it('exports the kept list as a Word document named after the report and the day', async () => {
    state.actions.togglePin('wantrouwen-achterhalen');
    state.actions.togglePin('ken-jezelf');
    await state.actions.exportPins('docx');
    expect(files.map((f) => f.name)).toEqual(['kennisdag-2-lokale-netwerken-2025-06-14.docx']);
    const zip = await JSZip.loadAsync(await files[0]!.file.arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Achterhaal waar wantrouwen vandaan komt');
    expect(xml).toContain('Literatuur');
    expect(state.notice.value?.text).toContain('kennisdag-2-lokale-netwerken-2025-06-14.docx');
  });

  it('exports any tips in the order given, such as a draft’s advice', async () => {
    await state.actions.exportTips(['ken-jezelf', 'bestaat-niet', 'wantrouwen-achterhalen']);
    expect(clipboard[0]!.text.split('\n').slice(2, 4)).toEqual([
      expect.stringMatching(/^1\. Ken jezelf/u),
      expect.stringMatching(/^2\. Achterhaal waar wantrouwen vandaan komt/u),
    ]);
  });

  it('exports nothing when nothing is kept', async () => {
    await state.actions.exportPins('docx');
    await state.actions.exportPins('rich');
    expect(files).toEqual([]);
    expect(clipboard).toEqual([]);
  });
});

describe('exportFileName', () => {
  it('names the file after the one report, or after Weerbaar for several', () => {
    const tip = kb.reports[0]!.tips[0]!;
    expect(exportFileName([{ report, tip }], JUNE_14)).toBe('kennisdag-2-lokale-netwerken-2025-06-14.docx');
    expect(
      exportFileName(
        [
          { report, tip },
          { report: { ...report, id: 'kennisdag-3' }, tip },
        ],
        JUNE_14,
        'md',
      ),
    ).toBe('weerbaar-2025-06-14.md');
  });
});
