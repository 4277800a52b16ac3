/**
 * What the panel hands to the user's document: rich clipboard writes and downloads. The state model
 * calls these through `main.tsx`, so it stays testable in Node.
 */

/**
 * Writes `text`, and `html` when given, to the clipboard as one item, so that Word, Google Docs and
 * LibreOffice take the HTML and plain editors the text. Where the browser refuses a rich write (no
 * `ClipboardItem`, or a type it will not take) the text alone goes.
 */
export async function writeClipboard(text: string, html?: string): Promise<void> {
  if (html !== undefined && typeof ClipboardItem === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Fall through to plain text: a copy without formatting is better than none.
    }
  }
  await navigator.clipboard.writeText(text);
}

/** Offers `file` for download as `name`, as a link with `download` would. */
export function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the file; the URL may go once it is done.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
