import { Injectable } from '@nestjs/common';
import {
  AuditService,
  Conflict,
  Db,
  NietGevonden,
  Ongeldig,
  PaginaQueryDto,
  RecordAccess,
  Verboden,
  leesCursor,
  leesLimit,
  naCursor,
  ordening,
  pagina,
  parameters,
  tijdSleutel,
  type Actor,
  type Keyset,
} from '@rmc/server-core';
import type {
  AcceptatieResultaat,
  OntvangstResultaat,
  OverdrachtDto,
  OverdrachtPakket,
  OverdrachtResultaat,
  Paged,
} from '@rmc/shared-api-types';
import { parsePostcode } from '@rmc/shared-domain';
import { CasusService } from './casus.service';
import type { OverdrachtInputDto } from './overdracht.dto';

/** Newest first, id as tie-breaker. */
const OVERDRACHT_SLEUTEL: Keyset = { kolommen: ['o.aangeboden_op', 'o.id'], vorm: ['tijd', 'uuid'], richting: 'DESC' };

interface Pakket {
  persoon: {
    bsn: string;
    voornaam: string;
    achternaam: string;
    geboortedatum: string;
    postcode: string;
    telefoon: string | null;
    email: string | null;
  };
  doelgroep: string;
  fase: string;
  laatsteScan: { datum: string; scores: unknown } | null;
  openActies: Array<{ omschrijving: string; deadline: string | null }>;
  contacten: number;
  overgedragenDoor: string;
}

/**
 * Warm handover: the sending case closes as "overgedragen" and the receiver gets a package under a
 * recorded grondslag (the only path by which case data crosses regions).
 */
@Injectable()
export class OverdrachtService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly casus: CasusService,
  ) {}

  async draagOver(actor: Actor, casusId: string, dto: OverdrachtInputDto): Promise<OverdrachtResultaat> {
    // FOR UPDATE: a double-submitted handover waits for the first and then finds the case closed.
    const c = await this.db.one<{ id: string; regio_id: string; persoon_id: string; doelgroep: string; fase: string }>(
      `SELECT id, regio_id, persoon_id, doelgroep, fase FROM casus WHERE id = $1 FOR UPDATE`,
      [casusId],
    );
    await this.access.zichtbaar('share', 'Casus', casusId, c ? { id: c.id, regioId: c.regio_id } : undefined, 'Deze casus');
    if (['afgesloten', 'nazorg', 'beeindigd'].includes(c!.fase))
      throw Conflict('casus-gesloten', 'Een afgesloten casus kan niet meer worden overgedragen.');
    let postcode: string | null = null;
    if (dto.soort === 'regio') {
      if (!dto.naarRegioId) throw Ongeldig([{ field: 'naarRegioId', message: 'Kies de ontvangende regio.' }]);
      if (dto.naarRegioId === actor.regioId)
        throw Ongeldig([{ field: 'naarRegioId', message: 'Kies een andere regio dan uw eigen regio.' }]);
      if (!(await this.db.one(`SELECT 1 FROM regio WHERE id = $1 AND actief`, [dto.naarRegioId])))
        throw Ongeldig([{ field: 'naarRegioId', message: 'Deze regio is niet (meer) aangesloten bij het platform.' }]);
      const pc = dto.nieuwePostcode ? parsePostcode(dto.nieuwePostcode) : null;
      if (!pc) throw Ongeldig([{ field: 'nieuwePostcode', message: 'Vul de nieuwe postcode van de jongere in (1234 AB).' }]);
      const route = await this.db.one<{ regio_id: string | null }>(
        `SELECT g.regio_id FROM pc4_gemeente p JOIN gemeente g ON g.code = p.gemeente_code WHERE p.pc4 = $1`,
        [pc.pc4],
      );
      if (route?.regio_id !== dto.naarRegioId)
        throw Ongeldig([{ field: 'nieuwePostcode', message: 'Deze postcode ligt niet in de gekozen regio.' }]);
      postcode = pc.postcode;
    } else {
      const org =
        dto.naarOrganisatieId &&
        (await this.db.one<{ soort: string }>(`SELECT soort FROM organisatie WHERE id = $1 AND actief`, [dto.naarOrganisatieId]));
      if (!org || !['leerplicht', 'werk-en-inkomen'].includes(org.soort))
        throw Ongeldig([{ field: 'naarOrganisatieId', message: 'Kies leerplicht of Werk & Inkomen van uw regio.' }]);
    }
    const p = await this.db.one<Pakket['persoon']>(
      `SELECT bsn, voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, postcode, telefoon, email FROM persoon WHERE id = $1`,
      [c!.persoon_id],
    );
    const [scan] = await this.db.query<NonNullable<Pakket['laatsteScan']>>(
      `SELECT to_char(datum, 'YYYY-MM-DD') AS datum, scores FROM levensdomein_scan WHERE casus_id = $1 ORDER BY datum DESC LIMIT 1`,
      [casusId],
    );
    const acties = await this.db.query<Pakket['openActies'][number]>(
      `SELECT omschrijving, to_char(deadline, 'YYYY-MM-DD') AS deadline FROM plan_actie WHERE casus_id = $1 AND status = 'open'`,
      [casusId],
    );
    const [contact] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM contactmoment WHERE casus_id = $1`, [
      casusId,
    ]);
    const pakket: Pakket = {
      persoon: { ...p!, postcode: postcode ?? p!.postcode },
      doelgroep: c!.doelgroep,
      fase: c!.fase,
      laatsteScan: scan ?? null,
      openActies: acties,
      contacten: contact.n,
      overgedragenDoor: actor.naam,
    };
    await this.db.query(
      `INSERT INTO overdracht (regio_id, naar_regio_id, naar_organisatie_id, casus_id, grondslag, toelichting, pakket, aangeboden_door) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        c!.regio_id,
        dto.soort === 'regio' ? dto.naarRegioId : null,
        dto.soort === 'organisatie' ? dto.naarOrganisatieId : null,
        casusId,
        dto.grondslag,
        dto.toelichting ?? null,
        JSON.stringify(pakket),
        actor.gebruikerId,
      ],
    );
    await this.db.query(
      `UPDATE casus SET fase = 'afgesloten', sluitreden = 'overgedragen', afgesloten_op = now(), gewijzigd_op = now() WHERE id = $1`,
      [casusId],
    );
    // The receiver works the case now: partners of the sending region lose their view of it.
    await this.db.query(`UPDATE casus_deling SET ingetrokken_op = now() WHERE casus_id = $1 AND ingetrokken_op IS NULL`, [
      casusId,
    ]);
    // The school that filed a melding for this case hears that the case left the region (DUO: overige).
    const consulent = await this.db.one<{ naam: string }>(
      `SELECT g.naam FROM casus c JOIN gebruiker g ON g.id = c.consulent_id WHERE c.id = $1`,
      [casusId],
    );
    await this.casus.meldAfsluitingAanSchool(actor, { id: casusId, consulent_naam: consulent?.naam ?? null }, 'overgedragen');
    await this.audit.log({
      actie: 'share',
      subjectType: 'Casus',
      subjectId: casusId,
      persoonSleutel: p!.bsn,
      doel: 'warme overdracht',
      resultaat: 'toegestaan',
    });
    return { casusId, fase: 'afgesloten', sluitreden: 'overgedragen' };
  }

  /**
   * Newest first, keyset-paged on (aangeboden_op, id). RLS admits the sending region, the receiving
   * region and the receiving organisation; each has a list index. No total.
   */
  async lijst(actor: Actor, query: PaginaQueryDto = {}): Promise<Paged<OverdrachtDto>> {
    if (!actor.regioId) throw Verboden();
    const limit = leesLimit(query.limit);
    const cursor = leesCursor(query.cursor, OVERDRACHT_SLEUTEL.vorm);
    const { params, p } = parameters();
    // Incoming = offered to my region or to my organisation (leerplicht / W&I of the sending region itself).
    const rows = await this.db.query<{
      id: string;
      richting: OverdrachtDto['richting'];
      soort: NonNullable<OverdrachtDto['soort']>;
      status: OverdrachtDto['status'];
      aangebodenOp: string;
      pakket: OverdrachtPakket;
      grondslag: string;
      toelichting: string | null;
      van: string;
      naar: string | null;
      nieuweCasusId: string | null;
      sleutel: string;
    }>(
      `SELECT o.id, CASE WHEN o.naar_regio_id = app_regio() OR o.naar_organisatie_id = app_organisatie() THEN 'inkomend' ELSE 'uitgaand' END AS richting,
              CASE WHEN o.naar_regio_id IS NULL THEN 'organisatie' ELSE 'regio' END AS soort, o.status, o.aangeboden_op AS "aangebodenOp",
              o.pakket, o.grondslag, o.toelichting, rv.naam AS van, coalesce(rn.naam, org.naam) AS naar,
              CASE WHEN o.naar_regio_id = app_regio() THEN o.nieuwe_casus_id END AS "nieuweCasusId", ${tijdSleutel('o.aangeboden_op')} AS sleutel
         FROM (SELECT * FROM overdracht o WHERE ${naCursor(OVERDRACHT_SLEUTEL, cursor, p)} ORDER BY ${ordening(OVERDRACHT_SLEUTEL)} LIMIT ${p(limit + 1)}) o
         JOIN regio rv ON rv.id = o.regio_id LEFT JOIN regio rn ON rn.id = o.naar_regio_id LEFT JOIN organisatie org ON org.id = o.naar_organisatie_id
        ORDER BY ${ordening(OVERDRACHT_SLEUTEL)}`,
      params,
    );
    await this.audit.logMany(
      rows.slice(0, limit).map((r) => ({
        actie: 'read' as const,
        subjectType: 'Overdracht',
        subjectId: r.id,
        persoonSleutel: r.pakket?.persoon?.bsn ?? null,
        doel: 'warme overdracht',
        resultaat: 'toegestaan' as const,
      })),
    );
    return pagina(
      rows,
      limit,
      (r) => [r.sleutel, r.id],
      ({ sleutel: _s, ...r }) => r,
      null,
    );
  }

  /** The receiving region accepts: the person and a new case in its own region, with the package. */
  async accepteer(actor: Actor, id: string): Promise<AcceptatieResultaat> {
    const o = await this.db.one<{ id: string; naar_regio_id: string | null; status: string; pakket: Pakket }>(
      `SELECT id, naar_regio_id, status, pakket FROM overdracht WHERE id = $1`,
      [id],
    );
    if (!o || o.naar_regio_id !== actor.regioId) throw NietGevonden('Deze overdracht');
    if (!o.pakket?.persoon)
      throw Conflict(
        'pakket-gewist',
        'De gegevens in dit pakket zijn gewist; vraag de verzendende regio om een nieuwe overdracht.',
      );
    // Claim first: of two concurrent accepts only one gets the row; the other finds it accepted.
    const claim = await this.db.query(
      `UPDATE overdracht SET status = 'geaccepteerd', geaccepteerd_op = now() WHERE id = $1 AND status = 'aangeboden' RETURNING id`,
      [id],
    );
    if (!claim.length) throw Conflict('al-geaccepteerd', 'Deze overdracht is al geaccepteerd.');
    const p = o.pakket.persoon;
    const gemeente = await this.db.one<{ gemeente_code: string }>(`SELECT gemeente_code FROM pc4_gemeente WHERE pc4 = $1`, [
      Number(p.postcode.slice(0, 4)),
    ]);
    let persoon = await this.db.one<{ id: string }>(`SELECT id FROM persoon WHERE bsn = $1`, [p.bsn]);
    if (!persoon)
      persoon = await this.db.one<{ id: string }>(
        `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code, telefoon, email) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          actor.regioId,
          p.bsn,
          p.voornaam,
          p.achternaam,
          p.geboortedatum,
          p.postcode,
          gemeente?.gemeente_code ?? null,
          p.telefoon,
          p.email,
        ],
      );
    else
      await this.db.query(`UPDATE persoon SET postcode = $2, gemeente_code = coalesce($3, gemeente_code) WHERE id = $1`, [
        persoon.id,
        p.postcode,
        gemeente?.gemeente_code ?? null,
      ]);
    // Already known here with a case still being worked: the package joins that case (one open case per person).
    const open = await this.db.one<{ id: string }>(
      `SELECT id FROM casus WHERE persoon_id = $1 AND fase NOT IN ('afgesloten', 'nazorg', 'beeindigd')`,
      [persoon!.id],
    );
    const casus =
      open ??
      (await this.db.one<{ id: string }>(
        `INSERT INTO casus (regio_id, persoon_id, doelgroep, consulent_id, procesregie_id, bron, bron_toelichting, oordeel_signalering)
         VALUES ($1, $2, $3, $4, $4, 'partner', 'Warme overdracht', $5) RETURNING id`,
        [
          actor.regioId,
          persoon!.id,
          o.pakket.doelgroep,
          actor.gebruikerId,
          JSON.stringify({ actieNodig: true, toelichting: 'Overgenomen via warme overdracht.' }),
        ],
      ));
    // The receiving consulent continues with the sender's open actions and last life-domain scan.
    for (const a of o.pakket.openActies ?? [])
      await this.db.query(`INSERT INTO plan_actie (casus_id, regio_id, omschrijving, deadline) VALUES ($1, $2, $3, $4)`, [
        casus!.id,
        actor.regioId,
        `${a.omschrijving} (overgedragen)`,
        a.deadline,
      ]);
    if (o.pakket.laatsteScan)
      await this.db.query(`INSERT INTO levensdomein_scan (casus_id, regio_id, datum, scores, door) VALUES ($1, $2, $3, $4, $5)`, [
        casus!.id,
        actor.regioId,
        o.pakket.laatsteScan.datum,
        JSON.stringify(o.pakket.laatsteScan.scores),
        actor.gebruikerId,
      ]);
    await this.db.query(`UPDATE overdracht SET nieuwe_casus_id = $2 WHERE id = $1`, [id, casus!.id]);
    await this.audit.log({
      actie: open ? 'update' : 'create',
      subjectType: 'Casus',
      subjectId: casus!.id,
      persoonSleutel: p.bsn,
      doel: 'warme overdracht',
      resultaat: 'toegestaan',
    });
    return { casusId: casus!.id, bestaandeCasus: Boolean(open) };
  }

  /** Leerplicht or W&I confirms it received a handover to its organisation (no case is made here). */
  async bevestigOntvangst(actor: Actor, id: string): Promise<OntvangstResultaat> {
    const o = await this.db.one<{ id: string; naar_organisatie_id: string | null; status: string; pakket: Pakket }>(
      `SELECT id, naar_organisatie_id, status, pakket FROM overdracht WHERE id = $1`,
      [id],
    );
    if (!o || !actor.organisatieId || o.naar_organisatie_id !== actor.organisatieId) throw NietGevonden('Deze overdracht');
    const claim = await this.db.query(
      `UPDATE overdracht SET status = 'geaccepteerd', geaccepteerd_op = now() WHERE id = $1 AND status = 'aangeboden' RETURNING id`,
      [id],
    );
    if (!claim.length) throw Conflict('al-geaccepteerd', 'De ontvangst van deze overdracht is al bevestigd.');
    await this.audit.log({
      actie: 'update',
      subjectType: 'Overdracht',
      subjectId: id,
      persoonSleutel: o.pakket?.persoon?.bsn ?? null,
      doel: 'warme overdracht ontvangen',
      resultaat: 'toegestaan',
    });
    return { id, status: 'geaccepteerd' };
  }
}
