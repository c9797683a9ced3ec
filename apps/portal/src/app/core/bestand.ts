/**
 * Offers content the portal already holds as a file download: a Blob behind a temporary link. The name
 * is the caller's, so it can be kept free of personal data (unlike the API's Content-Disposition).
 */
export function bewaarAlsBestand(inhoud: string | Blob, bestandsnaam: string, type = 'application/json'): void {
  const url = URL.createObjectURL(inhoud instanceof Blob ? inhoud : new Blob([inhoud], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = bestandsnaam;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the object URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
