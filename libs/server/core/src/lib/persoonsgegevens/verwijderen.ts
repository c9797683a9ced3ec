/** The query surface needed: the API's Db or a worker transaction (rows, not [rows, count]). */
export interface Verwijderaar {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * Removes everything the region holds on one person (erasure on request or after the retention term),
 * children before parents. Returns the users of partner organisations that received data (through a
 * share or a handover package), so the caller can notify them. The audit trail is kept: it names the person only by pseudonym.
 */
export async function verwijderPersoon(q: Verwijderaar, p: { id: string; bsn: string; regio_id: string }): Promise<string[]> {
  const ontvangers = await q.query<{ id: string }>(
    `SELECT l.gebruiker_id AS id FROM casus_deling d JOIN casus c ON c.id = d.casus_id JOIN lidmaatschap l ON l.organisatie_id = d.organisatie_id
      WHERE c.persoon_id = $1 AND l.actief
     UNION -- an organisation that received a handover package (leerplicht, W&I) holds the data too
     SELECT l.gebruiker_id FROM overdracht o JOIN casus c ON c.id = o.casus_id JOIN lidmaatschap l ON l.organisatie_id = o.naar_organisatie_id
      WHERE c.persoon_id = $1 AND l.actief`,
    [p.id],
  );
  const casus = `SELECT id FROM casus WHERE persoon_id = $1`;
  const acties = `SELECT id FROM plan_actie WHERE casus_id IN (${casus})`;
  await q.query(
    `DELETE FROM herinnering WHERE onderwerp_id IN (${acties} UNION SELECT id FROM nazorg_taak WHERE casus_id IN (${casus})
       UNION SELECT id FROM casus_deling WHERE casus_id IN (${casus}) UNION SELECT id FROM melding WHERE bsn = $2 AND regio_id = $3
       UNION SELECT id FROM overdracht WHERE casus_id IN (${casus}) UNION ${casus})`,
    [p.id, p.bsn, p.regio_id],
  );
  await q.query(`DELETE FROM plan_actie_status WHERE actie_id IN (${acties})`, [p.id]);
  for (const tabel of [
    'plan_actie',
    'agendapunt',
    'partner_notitie',
    'contactmoment',
    'levensdomein_scan',
    'deling_machtiging',
    'casus_deling',
    'overdracht',
    'nazorg_taak',
    'casus_fase_wijziging',
  ])
    await q.query(`DELETE FROM ${tabel} WHERE casus_id IN (${casus})`, [p.id]);
  await q.query(`DELETE FROM melding_gebeurtenis WHERE melding_id IN (SELECT id FROM melding WHERE bsn = $1 AND regio_id = $2)`, [
    p.bsn,
    p.regio_id,
  ]);
  await q.query(`DELETE FROM melding WHERE bsn = $1 AND regio_id = $2`, [p.bsn, p.regio_id]);
  // A package this region received (warm handover) is a copy in its care as well: blank it.
  await q.query(
    `UPDATE overdracht SET pakket = '{"gewist": true}'::jsonb, nieuwe_casus_id = NULL WHERE naar_regio_id = $1 AND pakket->'persoon'->>'bsn' = $2`,
    [p.regio_id, p.bsn],
  );
  await q.query(`DELETE FROM casus WHERE persoon_id = $1`, [p.id]);
  await q.query(`DELETE FROM persoon WHERE id = $1`, [p.id]);
  return ontvangers.map((o) => o.id);
}
