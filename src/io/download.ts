// Hands a file to the browser's download mechanism (works offline: no server round trip).

export function downloadText(fileName: string, text: string, mimeType: string): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}

export function downloadBytes(fileName: string, bytes: Uint8Array, mimeType: string): void {
  // A copy into a plain ArrayBuffer: Blob takes BufferSource, not a view of a possibly shared buffer.
  downloadBlob(fileName, new Blob([bytes.slice().buffer], { type: mimeType }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
