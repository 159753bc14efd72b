/** Saves text as a file, as the browser (or Electron's save dialog) does for a download link. */
export function download(fileName: string, content: string, type: string): void {
  save(fileName, new Blob([content], { type }));
}

function save(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves a document the server built (a PDF), given as base64. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  save(fileName, new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type }));
}
