import { Injectable } from '@nestjs/common';
import {
  AuditService,
  Conflict,
  Db,
  NietGevonden,
  Ongeldig,
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
  type PaginaQueryDto,
} from '@rmc/server-core';
import { CasusService } from '@rmc/server-casus';
import { NotificatieService } from '@rmc/server-notificaties';
import { PARTNER_ROLLEN } from '@rmc/shared-domain';
import type { AgendapuntDto, OverlegActieDto, OverlegCreateDto, OverleggenQueryDto } from './dto';
import { Wijzigingsbus } from './wijzigingsbus';

interface OverlegRij {
  id: string;
  regioId: string;
  reeksId: string | null;
  soort: string;
  titel: string;
  start: string;
  plaats: string | null;
  onlineLink: string | null;
  voorzitterId: string;
  voorzitter: string;
  deelnemerOrganisaties: string[];
  status: 'gepland' | 'vastgesteld';
}

const SELECT = `SELECT o.id, o.regio_id AS "regioId", o.reeks_id AS "reeksId", o.soort, o.titel, o.start, o.plaats, o.online_link AS "onlineLink",
  o.voorzitter_id AS "voorzitterId", g.naam AS voorzitter, o.deelnemer_organisaties AS "deelnemerOrganisaties", o.status
  FROM overleg o JOIN gebruiker g ON g.id = o.voorzitter_id`;
const DOEL = 'casusoverleg';
/** Meetings by start (direction per request), id as tie-breaker. */
const OVERLEG_SLEUTEL: Keyset = { kolommen: ['o.start', 'o.id'], vorm: ['tijd', 'uuid'], richting: 'DESC' };
/** Open actions by deadline, none last (`infinity`), id as tie-breaker. */
const ACTIE_SLEUTEL: Keyset = {
  kolommen: ["coalesce(a.deadline, 'infinity'::date)", 'a.id'],
  vorm: ['datum', 'uuid'],
  richting: 'ASC',
};

/** Casusoverleg: meetings, agenda with share check, live shared case views, decisions, accountable actions. */
@Injectable()
export class OverlegService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly casus: CasusService,
    private readonly notificaties: NotificatieService,
    private readonly bus: Wijzigingsbus,
  ) {}

  /** Change signals per meeting for the live view (server-sent events), from every API replica. */
  get wijzigingen() {
    return this.bus.signalen;
  }

  private async rij(id: string, actie: 'read' | 'update' = 'read'): Promise<OverlegRij> {
    const r = await this.db.one<OverlegRij>(`${SELECT} WHERE o.id = $1`, [id]);
    return this.access.zichtbaar(actie, 'Overleg', id, r, 'Dit overleg');
  }

  /**
   * A partner whose share of a case has since ended or been withdrawn still takes part in the meeting,
   * but reads nothing of that case any more: not the case, question, notes or decisions (RLS already
   * hides its actions on that case). Before, one ended share made the whole verslag a 404.
   */
  private gedeeld(actor: Actor, casusId: string): boolean {
    return !PARTNER_ROLLEN.includes(actor.rol) || (actor.delingen ?? []).some((d) => d.casusId === casusId);
  }

  private vereisVoorzitter(o: OverlegRij, actor: Actor) {
    if (o.voorzitterId !== actor.gebruikerId) throw Verboden();
  }

  private gewijzigd(id: string) {
    this.db.afterCommit(async () => this.bus.meld(id));
  }

  /**
   * Keyset-paged on (start, id): newest first by default; `volgorde=oplopend` with `vanaf` is the
   * week view (from a Monday on). Served by `overleg (regio_id, start DESC, id DESC)`. No total.
   */
  async lijst(query: OverleggenQueryDto = {}) {
    const limit = leesLimit(query.limit);
    const sleutel: Keyset = { ...OVERLEG_SLEUTEL, richting: query.volgorde === 'oplopend' ? 'ASC' : 'DESC' };
    const cursor = leesCursor(query.cursor, sleutel.vorm);
    const w = this.access.where('read', 'Overleg', {
      regioId: 'o.regio_id',
      deelnemerOrganisaties: '[]o.deelnemer_organisaties',
    });
    const { params, p } = parameters(w.params);
    const waar = [`(${w.sql})`, naCursor(sleutel, cursor, p)];
    if (query.vanaf) waar.push(`o.start >= (${p(query.vanaf)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
    if (query.tot) waar.push(`o.start < (${p(query.tot)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
    const rows = await this.db.query<OverlegRij & { sleutel: string }>(
      `SELECT ${tijdSleutel('o.start')} AS sleutel, ${SELECT.replace(/^SELECT /, '')} WHERE ${waar.join(' AND ')} ORDER BY ${ordening(sleutel)} LIMIT ${p(limit + 1)}`,
      params,
    );
    return pagina(
      rows,
      limit,
      (r) => [r.sleutel, r.id],
      ({ sleutel: _s, ...r }) => r,
      null,
    );
  }

  async maak(actor: Actor, dto: OverlegCreateDto) {
    const orgs = await this.db.query<{ id: string }>(`SELECT id FROM organisatie WHERE id = ANY($1::uuid[]) AND actief`, [
      dto.deelnemerOrganisaties,
    ]);
    if (orgs.length !== new Set(dto.deelnemerOrganisaties).size)
      throw Ongeldig([{ field: 'deelnemerOrganisaties', message: 'Kies organisaties van uw regio.' }]);
    let reeksId = dto.reeksId ?? null;
    if (reeksId && !(await this.db.one(`SELECT 1 FROM overleg_reeks WHERE id = $1`, [reeksId])))
      throw Ongeldig([{ field: 'reeksId', message: 'Deze reeks bestaat niet.' }]);
    if (!reeksId && dto.nieuweReeks)
      reeksId = (await this.db.one<{ id: string }>(
        `INSERT INTO overleg_reeks (regio_id, naam, deelnemer_organisaties) VALUES ($1, $2, $3) RETURNING id`,
        [actor.regioId, dto.nieuweReeks, dto.deelnemerOrganisaties],
      ))!.id;
    const o = await this.db.one<{ id: string }>(
      `INSERT INTO overleg (regio_id, reeks_id, soort, titel, start, plaats, online_link, voorzitter_id, deelnemer_organisaties) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        actor.regioId,
        reeksId,
        dto.soort,
        dto.titel.trim(),
        dto.start,
        dto.plaats ?? null,
        dto.onlineLink ?? null,
        actor.gebruikerId,
        dto.deelnemerOrganisaties,
      ],
    );
    const genodigden = await this.db.query<{ id: string }>(
      `SELECT DISTINCT l.gebruiker_id AS id FROM lidmaatschap l WHERE l.actief AND l.organisatie_id = ANY($1::uuid[])
          AND ($2::uuid[] IS NULL OR l.gebruiker_id = ANY($2::uuid[]))`,
      [dto.deelnemerOrganisaties, dto.deelnemers?.length ? dto.deelnemers : null],
    );
    for (const g of [...genodigden, { id: actor.gebruikerId }].filter((g, i, a) => a.findIndex((x) => x.id === g.id) === i)) {
      await this.db.query(
        `INSERT INTO overleg_deelnemer (overleg_id, regio_id, gebruiker_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [o!.id, actor.regioId, g.id],
      );
      if (g.id !== actor.gebruikerId)
        await this.notificaties.meld({
          gebruikerId: g.id,
          regioId: actor.regioId,
          soort: 'overleg-uitnodiging',
          link: `/overleggen/${o!.id}`,
          sleutel: `overleg-${o!.id}-${g.id}`,
          tekst: `U bent uitgenodigd voor een ${dto.soort} op ${new Date(dto.start).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })}.`,
        });
    }
    await this.audit.log({ actie: 'create', subjectType: 'Overleg', subjectId: o!.id, doel: DOEL, resultaat: 'toegestaan' });
    return this.een(actor, o!.id);
  }

  /** The meeting with its agenda; actions are filtered to what the viewer may see (own actions for partners). */
  async een(actor: Actor, id: string) {
    const o = await this.rij(id);
    const partner = PARTNER_ROLLEN.includes(actor.rol);
    const punten = await this.db.query<{
      id: string;
      casusId: string;
      vraag: string;
      notities: string;
      besluiten: string[];
      volgorde: number;
    }>(
      `SELECT id, casus_id AS "casusId", vraag, notities, besluiten, volgorde FROM agendapunt WHERE overleg_id = $1 ORDER BY volgorde`,
      [id],
    );
    const acties = await this.acties(`a.overleg_id = $1`, [id], actor, partner);
    const meegenomen = o.reeksId
      ? await this.acties(
          `a.reeks_id = $1 AND a.overleg_id <> $2 AND a.status IN ('open', 'niet-gedaan') AND (SELECT start FROM overleg x WHERE x.id = a.overleg_id) < $3`,
          [o.reeksId, id, o.start],
          actor,
          partner,
        )
      : [];
    const deelnemers = await this.db.query(
      `SELECT d.gebruiker_id AS "gebruikerId", g.naam, d.aanwezig FROM overleg_deelnemer d JOIN gebruiker g ON g.id = d.gebruiker_id WHERE d.overleg_id = $1 ORDER BY g.naam`,
      [id],
    );
    const organisaties = await this.db.query(`SELECT id, naam, soort FROM organisatie WHERE id = ANY($1::uuid[]) ORDER BY naam`, [
      o.deelnemerOrganisaties,
    ]);
    await this.audit.log({ actie: 'read', subjectType: 'Overleg', subjectId: id, doel: DOEL, resultaat: 'toegestaan' });
    const { regioId: _r, ...overleg } = o;
    return {
      ...overleg,
      isVoorzitter: o.voorzitterId === actor.gebruikerId,
      organisaties,
      deelnemers,
      agenda: punten.map((p) =>
        this.gedeeld(actor, p.casusId)
          ? { ...p, acties: acties.filter((a) => a.agendapuntId === p.id), nietMeerGedeeld: false }
          : {
              id: p.id,
              casusId: p.casusId,
              volgorde: p.volgorde,
              vraag: null,
              notities: null,
              besluiten: [],
              acties: [],
              nietMeerGedeeld: true,
            },
      ),
      meegenomenActies: meegenomen,
    };
  }

  private async acties(where: string, params: unknown[], actor: Actor, partner: boolean) {
    const rows = await this.db.query<{
      id: string;
      agendapuntId: string | null;
      omschrijving: string;
      eigenaarOrganisatieId: string;
      eigenaar: string;
      deadline: string;
      status: string;
      historie: unknown[];
    }>(
      `SELECT a.id, a.agendapunt_id AS "agendapuntId", a.omschrijving, a.eigenaar_organisatie_id AS "eigenaarOrganisatieId", o.naam AS eigenaar,
              to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status,
              coalesce((SELECT json_agg(json_build_object('status', s.status, 'toelichting', s.toelichting, 'op', s.op) ORDER BY s.op) FROM plan_actie_status s WHERE s.actie_id = a.id), '[]') AS historie
         FROM plan_actie a LEFT JOIN organisatie o ON o.id = a.eigenaar_organisatie_id WHERE ${where} ORDER BY a.aangemaakt_op`,
      params,
    );
    // A participant never reads another partner's slice: partners see only their own organisation's actions.
    return partner ? rows.filter((a) => a.eigenaarOrganisatieId === actor.organisatieId) : rows;
  }

  /** A case goes on the agenda only when every participating organisation may see it (an active share). */
  async agendapunt(actor: Actor, id: string, dto: AgendapuntDto) {
    const o = await this.rij(id, 'update');
    this.vereisVoorzitter(o, actor);
    const casus = await this.db.one(`SELECT 1 FROM casus WHERE id = $1`, [dto.casusId]);
    if (!casus) throw Ongeldig([{ field: 'casusId', message: 'Deze casus bestaat niet in uw regio.' }]);
    const zonder = await this.db.query<{ id: string; naam: string }>(
      `SELECT g.id, g.naam FROM organisatie g WHERE g.id = ANY($1::uuid[]) AND g.soort NOT IN ('regio-team', 'leerplicht')
          AND NOT EXISTS (SELECT 1 FROM casus_deling d WHERE d.casus_id = $2 AND d.organisatie_id = g.id AND d.ingetrokken_op IS NULL AND d.eind_datum >= current_date)`,
      [o.deelnemerOrganisaties, dto.casusId],
    );
    if (zonder.length)
      throw Conflict(
        'geen-deling',
        `Deze casus kan niet op de agenda: ${zonder.map((z) => z.naam).join(', ')} ${zonder.length === 1 ? 'heeft' : 'hebben'} geen actieve deling met een grondslag. Maak eerst een deling aan.`,
        zonder.map((z) => ({ field: 'casusId', message: `Geen deling met ${z.naam} (${z.id}).` })),
      );
    const [{ n }] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM agendapunt WHERE overleg_id = $1`, [id]);
    await this.db.query(`INSERT INTO agendapunt (overleg_id, regio_id, casus_id, vraag, volgorde) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      o.regioId,
      dto.casusId,
      dto.vraag.trim(),
      n + 1,
    ]);
    this.gewijzigd(id);
    return this.een(actor, id);
  }

  private async punt(o: OverlegRij, puntId: string) {
    const p = await this.db.one<{ id: string; casus_id: string }>(
      `SELECT id, casus_id FROM agendapunt WHERE id = $1 AND overleg_id = $2`,
      [puntId, o.id],
    );
    if (!p) throw NietGevonden('Dit agendapunt');
    return p;
  }

  /** The shared case view of one agenda item: the case through the viewer's own slice. */
  async casusVanPunt(actor: Actor, id: string, puntId: string) {
    const o = await this.rij(id);
    const p = await this.punt(o, puntId);
    return this.casus.een(actor, p.casus_id);
  }

  async notities(actor: Actor, id: string, puntId: string, notities: string) {
    const o = await this.rij(id, 'update');
    this.vereisVoorzitter(o, actor);
    await this.punt(o, puntId);
    await this.db.query(`UPDATE agendapunt SET notities = $2 WHERE id = $1`, [puntId, notities]);
    this.gewijzigd(id);
    return this.een(actor, id);
  }

  async besluit(actor: Actor, id: string, puntId: string, tekst: string) {
    const o = await this.rij(id, 'update');
    this.vereisVoorzitter(o, actor);
    await this.punt(o, puntId);
    await this.db.query(`UPDATE agendapunt SET besluiten = array_append(besluiten, $2) WHERE id = $1`, [puntId, tekst.trim()]);
    this.gewijzigd(id);
    return this.een(actor, id);
  }

  /** An action item flows into the case plan as a partner-owned action (linked to meeting and series). */
  async actie(actor: Actor, id: string, puntId: string, dto: OverlegActieDto) {
    const o = await this.rij(id, 'update');
    this.vereisVoorzitter(o, actor);
    const p = await this.punt(o, puntId);
    if (
      !o.deelnemerOrganisaties.includes(dto.eigenaarOrganisatieId) &&
      !(await this.db.one(`SELECT 1 FROM organisatie WHERE id = $1 AND soort = 'regio-team'`, [dto.eigenaarOrganisatieId]))
    )
      throw Ongeldig([{ field: 'eigenaarOrganisatieId', message: 'De eigenaar moet een deelnemende organisatie zijn.' }]);
    await this.casus.controleerEigenaar(dto.eigenaarOrganisatieId, dto.eigenaarGebruikerId);
    await this.db.query(
      `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_organisatie_id, eigenaar_gebruiker_id, deadline, overleg_id, agendapunt_id, reeks_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        p.casus_id,
        o.regioId,
        dto.omschrijving.trim(),
        dto.eigenaarOrganisatieId,
        dto.eigenaarGebruikerId ?? null,
        dto.deadline,
        id,
        puntId,
        o.reeksId,
      ],
    );
    this.gewijzigd(id);
    return this.een(actor, id);
  }

  async aanwezigheid(actor: Actor, id: string, aanwezig: string[]) {
    const o = await this.rij(id, 'update');
    this.vereisVoorzitter(o, actor);
    await this.db.query(`UPDATE overleg_deelnemer SET aanwezig = (gebruiker_id = ANY($2::uuid[])) WHERE overleg_id = $1`, [
      id,
      aanwezig,
    ]);
    this.gewijzigd(id);
    return this.een(actor, id);
  }

  /** The chair fixes the verslag; from then on each participant reads it through its own slice. */
  async stelVast(actor: Actor, id: string) {
    const o = await this.rij(id, 'update');
    this.vereisVoorzitter(o, actor);
    if (o.status === 'vastgesteld') throw Conflict('al-vastgesteld', 'Het verslag is al vastgesteld.');
    await this.db.query(`UPDATE overleg SET status = 'vastgesteld', vastgesteld_op = now() WHERE id = $1`, [id]);
    this.gewijzigd(id);
    return this.een(actor, id);
  }

  /** Per participant: agenda, notes and decisions, own actions, and each case through the reader's slice. */
  async verslag(actor: Actor, id: string) {
    const o = await this.rij(id);
    if (o.status !== 'vastgesteld' && o.voorzitterId !== actor.gebruikerId)
      throw Conflict('verslag-concept', 'Het verslag is nog een concept; het is zichtbaar zodra de voorzitter het vaststelt.');
    const overleg = await this.een(actor, id);
    const punten = [];
    for (const p of overleg.agenda)
      punten.push(
        !p.nietMeerGedeeld
          ? {
              vraag: p.vraag,
              notities: p.notities,
              besluiten: p.besluiten,
              acties: p.acties,
              casus: await this.casus.een(actor, p.casusId),
              nietMeerGedeeld: false,
            }
          : { vraag: null, notities: null, besluiten: [], acties: p.acties, casus: null, nietMeerGedeeld: true },
      );
    await this.audit.log({ actie: 'export', subjectType: 'Overleg', subjectId: id, doel: 'verslag', resultaat: 'toegestaan' });
    return { titel: o.titel, soort: o.soort, start: o.start, status: o.status, deelnemers: overleg.deelnemers, punten };
  }

  /**
   * Overdue and open actions of the user: named to them; for a partner, its organisation's; for the
   * region's staff also the region's own unnamed actions on the cases they are consulent of.
   */
  async mijnActies(actor: Actor, query: PaginaQueryDto = {}) {
    const limit = leesLimit(query.limit);
    const cursor = leesCursor(query.cursor, ACTIE_SLEUTEL.vorm);
    const partner = PARTNER_ROLLEN.includes(actor.rol);
    const { params, p } = parameters([actor.gebruikerId, partner ? actor.organisatieId : null, !partner]);
    const van = `FROM plan_actie a JOIN casus c ON c.id = a.casus_id LEFT JOIN organisatie o ON o.id = a.eigenaar_organisatie_id
        WHERE a.status = 'open'
          AND (a.eigenaar_gebruiker_id = $1 OR ($2::uuid IS NOT NULL AND a.eigenaar_organisatie_id = $2)
               OR ($3 AND a.eigenaar_gebruiker_id IS NULL AND c.consulent_id = $1 AND (o.id IS NULL OR o.soort = 'regio-team')))`;
    // One user's open actions: bounded by the open-action indexes, so the count stays cheap.
    const telling = await this.db.one<{ n: number }>(`SELECT count(*)::int AS n ${van}`, params.slice(0, 3));
    const rows = await this.db.query<{ id: string; sleutel: string }>(
      `SELECT a.id, a.casus_id AS "casusId", a.omschrijving, to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status, a.overleg_id AS "overlegId",
              (a.deadline < app_vandaag() AND a.status = 'open') AS "teLaat", coalesce(a.deadline, 'infinity'::date)::text AS sleutel
         ${van} AND ${naCursor(ACTIE_SLEUTEL, cursor, p)}
        ORDER BY ${ordening(ACTIE_SLEUTEL)} LIMIT ${p(limit + 1)}`,
      params,
    );
    return pagina(
      rows,
      limit,
      (r) => [r.sleutel, r.id],
      ({ sleutel: _s, ...r }) => r,
      telling?.n ?? 0,
    );
  }
}
