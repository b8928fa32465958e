// Saves text as a file on the editor's computer: a Blob URL and a download link, nothing uploaded.
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the Blob after the click has returned: revoke once it had the chance.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
