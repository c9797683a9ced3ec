import type { FormulierStatus } from './formulier-status';

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

/**
 * Fetches a file from the API under a form status (busy flag, errors in the summary) and offers it
 * under `naam`, which the caller keeps free of personal data. False when the fetch failed.
 */
export async function downloadOnder(status: FormulierStatus, haal: () => Promise<Blob>, naam: string): Promise<boolean> {
  if (status.bezig()) return false;
  const uitkomst: { bestand: Blob | null } = { bestand: null };
  const gelukt = await status.voerUit(async () => {
    uitkomst.bestand = await haal();
  });
  if (!gelukt || !uitkomst.bestand) return false;
  bewaarAlsBestand(uitkomst.bestand, naam);
  return true;
}
