/** Types the browser can show in a tab; anything else is offered as a download. */
const viewable: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  txt: 'text/plain;charset=utf-8',
};

/** The same bytes typed by the file's extension, so a tab shows a PDF or an image instead of offering to save it. */
export function typedBlob(blob: Blob, name: string): Blob {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  return new Blob([blob], { type: viewable[ext] ?? 'application/octet-stream' });
}

/** Saves a blob under its original name through a temporary link. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens a blob in a new tab; falls back to a download where new windows are refused. */
export function openBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(typedBlob(blob, name));
  // No 'noopener' feature: with it window.open always returns null and refusal could not be detected.
  const win = window.open(url, '_blank');
  if (win) win.opener = null;
  else downloadBlob(blob, name);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
