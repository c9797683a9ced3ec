import { apiOk, maakJongere, type TestJongere } from './api';

/**
 * A case of the token's user (consulent) for a new young person in IJssel-Vecht, with one contact
 * moment: the data a caseload filter needs, prepared through the API.
 */
export async function casusMetContact(
  token: string,
  jongere: { voornaam: string; achternaam: string },
  contact: { datum: string; uitkomst: 'contact' | 'geen-gehoor' },
): Promise<{ casusId: string; jongere: TestJongere }> {
  const persoon = await maakJongere(token, { ...jongere, postcode: '8011 AB' });
  const casus = await apiOk<{ id: string }>(token, 'POST', '/casussen', {
    persoonId: persoon.id,
    doelgroep: 'oud-vsv',
    bron: 'eigen-onderzoek',
  });
  await apiOk(token, 'POST', `/casussen/${casus.id}/contacten`, {
    datum: contact.datum,
    vorm: 'telefoon',
    uitkomst: contact.uitkomst,
  });
  return { casusId: casus.id, jongere: persoon };
}
