/** What both drivers share: launch options, the reader's host tag, the clipboard read-back. */

export interface DriverOptions {
  /** The browser executable. */
  executable: string;
  /** Absolute path of the unpacked extension to install. */
  extensionDir: string;
  /** The fixture server's origin. */
  origin: string;
}

/** The reader overlay's host element (src/content/reader/reader-view.ts). */
export const READER_HOST = 'bersih-reader';

/**
 * Page-side halves of `TestPage.pasteClipboard`: a fixed textarea (so focusing it scrolls
 * nothing) takes a real Ctrl+V between `prepare` and `collect`.
 */
export const pasteScript = {
  prepare(): void {
    const area = document.createElement('textarea');
    area.id = 'bersih-e2e-paste';
    area.style.cssText = 'position:fixed;top:0;left:0;width:200px;height:50px;z-index:2147483647';
    document.body.append(area);
    area.focus({ preventScroll: true });
  },
  collect(): string {
    const area = document.getElementById('bersih-e2e-paste') as HTMLTextAreaElement | null;
    const value = area?.value ?? '';
    area?.remove();
    return value;
  },
};
