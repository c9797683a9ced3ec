const DATUM = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const TIJD = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });

/**
 * The invitation's notification text: kind, title, date (dd-mm-jjjj) and time (hh:mm, no seconds) in
 * the Netherlands, e.g. "U bent uitgenodigd voor MDO “Wijkteam Zuid” op 12-01-2027 om 14:00.".
 */
export function uitnodigingTekst(o: { soort: string; titel: string; start: string | Date }): string {
  const start = new Date(o.start);
  const delen = DATUM.formatToParts(start);
  const deel = (t: Intl.DateTimeFormatPartTypes) => delen.find((d) => d.type === t)?.value ?? '';
  return `U bent uitgenodigd voor ${o.soort.trim()} “${o.titel.trim()}” op ${deel('day')}-${deel('month')}-${deel('year')} om ${TIJD.format(start)}.`;
}
