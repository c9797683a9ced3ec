import { Injectable } from '@nestjs/common';
import { AuditService, Conflict, Db, PersoonWisser, RecordAccess, type Actor } from '@rmc/server-core';
import { NotificatieService } from '@rmc/server-notificaties';
import type { InzageBundel, InzageOntvanger, InzageRegel, WisResultaat } from '@rmc/shared-api-types';

/**
 * AVG rights of the young person: inzage (everything held, who received it, who viewed it) and erasure
 * on request, with a notice to every partner organisation that received data.
 */
@Injectable()
export class PersoonsrechtenService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly notificaties: NotificatieService,
    private readonly wisser: PersoonWisser,
  ) {}

  private async persoon(id: string, actie: 'read' | 'delete') {
    const p = await this.db.one<{ id: string; regio_id: string; bsn: string }>(
      `SELECT id, regio_id, bsn FROM persoon WHERE id = $1`,
      [id],
    );
    await this.access.zichtbaar(actie, 'Persoon', id, p ? { id: p.id, regioId: p.regio_id } : undefined, 'Deze persoon');
    return p!;
  }

  async inzage(id: string): Promise<InzageBundel> {
    const p = await this.persoon(id, 'read');
    const q = <T = Record<string, unknown>>(sql: string) => this.db.query<T>(sql, [id]);
    const bundel = {
      gegenereerdOp: new Date().toISOString(),
      persoon: (
        await q(
          `SELECT bsn, voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, postcode, gemeente_code AS "gemeenteCode", telefoon, email, aangemaakt_op AS "aangemaaktOp" FROM persoon WHERE id = $1`,
        )
      )[0],
      casussen: await q(
        `SELECT id, fase, doelgroep, bron, oordeel_signalering AS "oordeelSignalering", intake, plan, evaluatie, sluitreden, aangemaakt_op AS "aangemaaktOp", afgesloten_op AS "afgeslotenOp" FROM casus WHERE persoon_id = $1`,
      ),
      leefgebieden: await q(
        `SELECT s.casus_id AS "casusId", to_char(s.datum, 'YYYY-MM-DD') AS datum, s.scores FROM levensdomein_scan s JOIN casus c ON c.id = s.casus_id WHERE c.persoon_id = $1`,
      ),
      acties: await q(
        `SELECT a.casus_id AS "casusId", a.omschrijving, a.status, to_char(a.deadline, 'YYYY-MM-DD') AS deadline FROM plan_actie a JOIN casus c ON c.id = a.casus_id WHERE c.persoon_id = $1`,
      ),
      contactmomenten: await q(
        `SELECT to_char(m.datum, 'YYYY-MM-DD') AS datum, m.vorm, m.uitkomst, m.notitie FROM contactmoment m JOIN casus c ON c.id = m.casus_id WHERE c.persoon_id = $1`,
      ),
      meldingen: await q(
        `SELECT m.soort, m.status, to_char(m.begindatum, 'YYYY-MM-DD') AS begindatum, m.gemeld_op AS "gemeldOp", i.naam AS instelling FROM melding m JOIN instelling i ON i.id = m.instelling_id JOIN persoon p ON p.bsn = m.bsn AND p.regio_id = m.regio_id WHERE p.id = $1`,
      ),
      ontvangers:
        await q<InzageOntvanger>(`SELECT o.naam AS organisatie, d.grondslag, d.doel, d.secties, d.aangemaakt_op AS "gedeeldOp", to_char(d.eind_datum, 'YYYY-MM-DD') AS "eindDatum", d.ingetrokken_op AS "ingetrokkenOp"
                           FROM casus_deling d JOIN casus c ON c.id = d.casus_id JOIN organisatie o ON o.id = d.organisatie_id WHERE c.persoon_id = $1`),
      actieHistorie: await q(
        `SELECT s.actie_id AS "actieId", s.status, s.toelichting, s.op FROM plan_actie_status s JOIN plan_actie a ON a.id = s.actie_id JOIN casus c ON c.id = a.casus_id WHERE c.persoon_id = $1 ORDER BY s.op`,
      ),
      faseHistorie: await q(
        `SELECT f.casus_id AS "casusId", f.van, f.naar, f.op FROM casus_fase_wijziging f JOIN casus c ON c.id = f.casus_id WHERE c.persoon_id = $1 ORDER BY f.op`,
      ),
      partnerNotities: await q(
        `SELECT n.casus_id AS "casusId", o.naam AS organisatie, n.tekst, n.op FROM partner_notitie n JOIN organisatie o ON o.id = n.organisatie_id JOIN casus c ON c.id = n.casus_id WHERE c.persoon_id = $1 ORDER BY n.op`,
      ),
      overleggen: await q(
        `SELECT ov.soort, ov.titel, ov.start, a.vraag, a.notities, a.besluiten FROM agendapunt a JOIN overleg ov ON ov.id = a.overleg_id JOIN casus c ON c.id = a.casus_id WHERE c.persoon_id = $1 ORDER BY ov.start`,
      ),
      nazorg: await q(
        `SELECT t.soort, to_char(t.moment, 'YYYY-MM-DD') AS moment, t.uitkomst, t.toelichting, t.afgerond_op AS "afgerondOp" FROM nazorg_taak t JOIN casus c ON c.id = t.casus_id WHERE c.persoon_id = $1 ORDER BY t.moment`,
      ),
      overdrachten:
        await q(`SELECT o.grondslag, o.aangeboden_op AS "aangebodenOp", o.status, coalesce(rn.naam, org.naam) AS ontvanger, o.pakket
                               FROM overdracht o JOIN casus c ON c.id = o.casus_id LEFT JOIN regio rn ON rn.id = o.naar_regio_id LEFT JOIN organisatie org ON org.id = o.naar_organisatie_id
                              WHERE c.persoon_id = $1`),
      machtigingen: await q(
        `SELECT m.bestandsnaam, m.mime, m.grootte, m.aangemaakt_op AS "toegevoegdOp" FROM deling_machtiging m JOIN casus c ON c.id = m.casus_id WHERE c.persoon_id = $1`,
      ),
      ontvangenOverdrachten: await this.db.query(
        `SELECT rv.naam AS van, o.grondslag, o.aangeboden_op AS "aangebodenOp", o.status, o.pakket
           FROM overdracht o JOIN regio rv ON rv.id = o.regio_id WHERE o.naar_regio_id = app_regio() AND o.pakket->'persoon'->>'bsn' = $1`,
        [p.bsn],
      ),
      inzagen: await this.db.query<InzageRegel>(`SELECT * FROM audit_inzage($1)`, [this.audit.pseudonym(p.bsn)]),
    };
    await this.audit.log({
      actie: 'export',
      subjectType: 'Persoon',
      subjectId: id,
      persoonSleutel: p.bsn,
      doel: 'inzageverzoek',
      resultaat: 'toegestaan',
    });
    return bundel;
  }

  async wis(actor: Actor, id: string, reden: string): Promise<WisResultaat> {
    const p = await this.persoon(id, 'delete');
    const actief = await this.db.one(
      `SELECT 1 FROM casus WHERE persoon_id = $1 AND fase NOT IN ('afgesloten', 'nazorg', 'beeindigd')`,
      [id],
    );
    if (actief)
      throw Conflict('casus-actief', 'Deze jongere heeft een lopende casus: sluit die eerst af (de wettelijke taak loopt nog).');
    // Every context's erasure participant, in their fixed order, in this request's one transaction.
    const ontvangers = await this.wisser.wis(this.db, p);
    for (const gebruikerId of ontvangers)
      await this.notificaties.meld({
        gebruikerId,
        regioId: actor.regioId,
        soort: 'gegevens-gewist',
        tekst:
          'De gegevens van een jongere die met uw organisatie waren gedeeld, zijn op verzoek gewist. Verwijder ook de kopieën in uw eigen systemen.',
        link: '/berichten',
        sleutel: `wissen-${id}-${gebruikerId}`,
      });
    // The audit keeps only the pseudonym: who did what stays accountable without the person's data.
    await this.audit.log({
      actie: 'delete',
      subjectType: 'Persoon',
      subjectId: id,
      persoonSleutel: p.bsn,
      doel: `wissen op verzoek: ${reden.slice(0, 200)}`,
      resultaat: 'toegestaan',
    });
    return { gewist: true, partnersGeinformeerd: ontvangers.length };
  }
}
