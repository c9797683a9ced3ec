const NEDERLANDSE_DATUM = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** Formats a date as dd-MM-yyyy in Europe/Amsterdam; empty string for missing or invalid input. */
export function formatDatum(waarde: string | Date | null | undefined): string {
  if (!waarde) return '';
  // A calendar date (e.g. a birth date) has no time zone: reorder it, never shift it a day.
  if (typeof waarde === 'string') {
    const kalenderdatum = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde);
    if (kalenderdatum) return `${kalenderdatum[3]}-${kalenderdatum[2]}-${kalenderdatum[1]}`;
  }
  const datum = typeof waarde === 'string' ? new Date(waarde) : waarde;
  if (Number.isNaN(datum.getTime())) return '';
  const delen = NEDERLANDSE_DATUM.formatToParts(datum);
  const deel = (soort: Intl.DateTimeFormatPartTypes) => delen.find((d) => d.type === soort)?.value ?? '';
  return `${deel('day')}-${deel('month')}-${deel('year')}`;
}

const TIJDSTIP = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });

/** A moment as dd-MM-yyyy hh:mm in the Netherlands; empty string for missing or invalid input. */
export function formatMoment(waarde: string | Date | null | undefined): string {
  if (!waarde) return '';
  const d = typeof waarde === 'string' ? new Date(waarde) : waarde;
  return Number.isNaN(d.getTime()) ? '' : `${formatDatum(d)} ${TIJDSTIP.format(d)}`;
}
