import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeClipboard } from '@/utils/clipboard';

/** A stand-in for the browser's `ClipboardItem`: it keeps what it was made with. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

const TEXT = 'Kies een neutrale gespreksleider\n“Kies voor een neutraal persoon.” (Bron: …)';
const HTML = '<p><b>Kies een neutrale gespreksleider</b></p>\n<blockquote><p>Kies voor …</p></blockquote>';

describe('writeClipboard', () => {
  let clipboard: { write: ReturnType<typeof vi.fn>; writeText: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    clipboard = { write: vi.fn(async () => undefined), writeText: vi.fn(async () => undefined) };
    vi.stubGlobal('navigator', { clipboard });
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('writes one item with the HTML and the text, each as its own type', async () => {
    await writeClipboard(TEXT, HTML);
    expect(clipboard.write).toHaveBeenCalledTimes(1);
    const [items] = clipboard.write.mock.calls[0] as [FakeClipboardItem[]];
    expect(items).toHaveLength(1);
    const { items: blobs } = items[0]!;
    expect(Object.keys(blobs).sort()).toEqual(['text/html', 'text/plain']);
    expect(blobs['text/html']!.type).toBe('text/html');
    expect(await blobs['text/html']!.text()).toBe(HTML);
    expect(blobs['text/plain']!.type).toBe('text/plain');
    expect(await blobs['text/plain']!.text()).toBe(TEXT);
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('writes the text alone where the browser has no ClipboardItem', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    await writeClipboard(TEXT, HTML);
    expect(clipboard.write).not.toHaveBeenCalled();
    expect(clipboard.writeText).toHaveBeenCalledWith(TEXT);
  });

  it('writes the text alone where the browser refuses the rich write', async () => {
    clipboard.write.mockRejectedValueOnce(
      new DOMException('Type text/html not supported', 'NotAllowedError'),
    );
    await writeClipboard(TEXT, HTML);
    expect(clipboard.write).toHaveBeenCalledTimes(1);
    expect(clipboard.writeText).toHaveBeenCalledWith(TEXT);
  });

  it('writes the text alone when there is no HTML to go with it', async () => {
    await writeClipboard(TEXT);
    expect(clipboard.write).not.toHaveBeenCalled();
    expect(clipboard.writeText).toHaveBeenCalledWith(TEXT);
  });
});
