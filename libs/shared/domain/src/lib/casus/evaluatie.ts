/** The routekaart's evaluation questions, asked before a case is closed from the phase evalueren. */
export const EVALUATIE_VRAGEN: readonly string[] = [
  'Zijn de doelen uit het plan van aanpak bereikt?',
  'Wat heeft geholpen, en wat niet?',
  'Hoe kijkt de jongere terug op de begeleiding?',
  'Is na afsluiting nog ondersteuning nodig (nazorg)?',
  'Welke terugkoppeling krijgen de partners en de school?',
];

/** Null when every question has an answer (at most 2000 characters); otherwise the Dutch reason. */
export function controleerEvaluatie(evaluatie: unknown): string | null {
  if (typeof evaluatie !== 'object' || evaluatie === null || Array.isArray(evaluatie)) return 'Beantwoord alle evaluatievragen.';
  const antwoorden = evaluatie as Record<string, unknown>;
  const onbekend = Object.keys(antwoorden).find((v) => !EVALUATIE_VRAGEN.includes(v));
  if (onbekend !== undefined) return 'Dit is geen evaluatievraag van de routekaart.';
  for (const vraag of EVALUATIE_VRAGEN) {
    const a = antwoorden[vraag];
    if (typeof a !== 'string' || !a.trim()) return 'Beantwoord alle evaluatievragen.';
    if (a.length > 2000) return 'Een antwoord is te lang (hoogstens 2000 tekens).';
  }
  return null;
}
