const frameId = 'print-frame';

/**
 * Prints a whole HTML document without leaving the app: it is written into a hidden same-origin frame
 * (so the page's CSP still applies: no script runs in it) and that frame's print is called. In Electron
 * this goes through the print pipeline (and "Save as PDF"); in the web host, the browser's print dialog.
 * The frame stays until the next print, because print() returns before a dialog is done with it.
 */
export function printHtml(html: string): void {
  document.getElementById(frameId)?.remove();
  const frame = document.createElement('iframe');
  frame.id = frameId;
  frame.dataset.testid = frameId;
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  document.body.appendChild(frame);
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc || !win) throw new Error('print frame unavailable');
  doc.open();
  doc.write(html);
  doc.close();
  win.focus();
  win.print();
}
