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
} from '@rmc/server-core';
import {
  CasusService,
  casusBestaat,
  maakPlanActieUitOverleg,
  mijnActiesPagina,
  organisatiesMetActieveDeling,
  planActies,
  telMijnActies,
} from '@rmc/server-casus';
import { NotificatieService } from '@rmc/server-notificaties';
import type { MijnActie } from '@rmc/shared-api-types';
import { PARTNER_ROLLEN, overlegPartnersMetDeling } from '@rmc/shared-domain';
import type { AgendapuntDto, MijnActiesQueryDto, OverlegActieDto, OverlegCreateDto, OverleggenQueryDto } from './dto';
import { actieveLedenVan } from '@rmc/server-identity';
import { actieveOrganisatieIds, isRegioTeam, organisatiesOpIds } from '@rmc/server-organisaties';
import {
  aantalAgendapunten,
  agendapunten,
  agendapuntVan,
  deelnemers as leesDeelnemers,
  maakAgendapunt,
  maakOverleg,
  maakReeks,
  overlegOpId,
  overlegPagina,
  overlegStartSql,
  reeksBestaat,
  stelOverlegVast,
  voegBesluitToe,
  voegDeelnemerToe,
  zetAanwezigheid,
  zetNotities,
  type OverlegRij,
} from './data/overleg.queries';
import { Wijzigingsbus } from './wijzigingsbus';
import { uitnodigingTekst } from './uitnodiging';

const DOEL = 'casusoverleg';
/** Meetings by start (direction per request), id as tie-breaker. */
const OVERLEG_SLEUTEL: Keyset = { kolommen: ['o.start', 'o.id'], vorm: ['tijd', 'uuid'], richting: 'DESC' };
/** A *Mijn acties* row as read: the young person's name parts, shaped into `jongere` per actor. */
type MijnActieRij = Omit<MijnActie, 'jongere'> & { sleutel: string; voornaam: string | null; achternaam: string | null };

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
    const r = await overlegOpId(this.db.em, id);
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
    const rows = await overlegPagina(
      this.db.em,
      { sleutel: tijdSleutel('o.start'), waar, ordening: ordening(sleutel), limit: p(limit + 1) },
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
    const orgs = await actieveOrganisatieIds(this.db.em, dto.deelnemerOrganisaties);
    if (orgs.length !== new Set(dto.deelnemerOrganisaties).size)
      throw Ongeldig([{ field: 'deelnemerOrganisaties', message: 'Kies organisaties van uw regio.' }]);
    let reeksId = dto.reeksId ?? null;
    if (reeksId && !(await reeksBestaat(this.db.em, reeksId)))
      throw Ongeldig([{ field: 'reeksId', message: 'Deze reeks bestaat niet.' }]);
    if (!reeksId && dto.nieuweReeks)
      reeksId = await maakReeks(this.db.em, {
        regioId: actor.regioId,
        naam: dto.nieuweReeks,
        deelnemerOrganisaties: dto.deelnemerOrganisaties,
      });
    const o = {
      id: await maakOverleg(this.db.em, {
        regioId: actor.regioId,
        reeksId,
        soort: dto.soort,
        titel: dto.titel.trim(),
        start: dto.start,
        plaats: dto.plaats ?? null,
        onlineLink: dto.onlineLink ?? null,
        voorzitterId: actor.gebruikerId,
        deelnemerOrganisaties: dto.deelnemerOrganisaties,
      }),
    };
    const alleen = dto.deelnemers?.length ? new Set(dto.deelnemers) : null;
    const genodigden = (await actieveLedenVan(this.db.em, dto.deelnemerOrganisaties))
      .filter((id) => !alleen || alleen.has(id))
      .map((id) => ({ id }));
    for (const g of [...genodigden, { id: actor.gebruikerId }].filter((g, i, a) => a.findIndex((x) => x.id === g.id) === i)) {
      await voegDeelnemerToe(this.db.em, o.id, actor.regioId, g.id);
      if (g.id !== actor.gebruikerId)
        await this.notificaties.meld({
          gebruikerId: g.id,
          regioId: actor.regioId,
          soort: 'overleg-uitnodiging',
          link: `/overleggen/${o.id}`,
          sleutel: `overleg-${o.id}-${g.id}`,
          tekst: uitnodigingTekst({ soort: dto.soort, titel: dto.titel, start: dto.start }),
        });
    }
    await this.audit.log({ actie: 'create', subjectType: 'Overleg', subjectId: o.id, doel: DOEL, resultaat: 'toegestaan' });
    return this.een(actor, o.id);
  }

  /** The meeting with its agenda; actions are filtered to what the viewer may see (own actions for partners). */
  async een(actor: Actor, id: string) {
    const o = await this.rij(id);
    const partner = PARTNER_ROLLEN.includes(actor.rol);
    const punten = await agendapunten(this.db.em, id);
    const acties = await this.acties(`a.overleg_id = $1`, [id], actor, partner);
    const meegenomen = o.reeksId
      ? await this.acties(
          `a.reeks_id = $1 AND a.overleg_id <> $2 AND a.status IN ('open', 'niet-gedaan') AND ${overlegStartSql('a.overleg_id')} < $3`,
          [o.reeksId, id, o.start],
          actor,
          partner,
        )
      : [];
    const deelnemers = await leesDeelnemers(this.db.em, id);
    const organisaties = await organisatiesOpIds(this.db.em, o.deelnemerOrganisaties);
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
    const rows = await planActies(this.db.em, where, params);
    // A participant never reads another partner's slice: partners see only their own organisation's actions.
    return partner ? rows.filter((a) => a.eigenaarOrganisatieId === actor.organisatieId) : rows;
  }

  /** A case goes on the agenda only when every participating organisation may see it (an active share). */
  async agendapunt(actor: Actor, id: string, dto: AgendapuntDto) {
    const o = await this.rij(id, 'update');
    this.vereisVoorzitter(o, actor);
    if (!(await casusBestaat(this.db.em, dto.casusId)))
      throw Ongeldig([{ field: 'casusId', message: 'Deze casus bestaat niet in uw regio.' }]);
    const partners = overlegPartnersMetDeling(await organisatiesOpIds(this.db.em, o.deelnemerOrganisaties));
    const gedeeld = await organisatiesMetActieveDeling(
      this.db.em,
      dto.casusId,
      partners.map((g) => g.id),
    );
    const zonder = partners.filter((g) => !gedeeld.has(g.id));
    if (zonder.length)
      throw Conflict(
        'geen-deling',
        `Deze casus kan niet op de agenda: ${zonder.map((z) => z.naam).join(', ')} ${zonder.length === 1 ? 'heeft' : 'hebben'} geen actieve deling met een grondslag. Maak eerst een deling aan.`,
        zonder.map((z) => ({ field: 'casusId', message: `Geen deling met ${z.naam} (${z.id}).` })),
      );
    const n = await aantalAgendapunten(this.db.em, id);
    await maakAgendapunt(this.db.em, {
      overlegId: id,
      regioId: o.regioId,
      casusId: dto.casusId,
      vraag: dto.vraag.trim(),
      volgorde: n + 1,
    });
    this.gewijzigd(id);
    return this.een(actor, id);
  }

  private async punt(o: OverlegRij, puntId: string) {
    const p = await agendapuntVan(this.db.em, puntId, o.id);
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
    await zetNotities(this.db.em, puntId, notities);
    this.gewijzigd(id);
    return this.een(actor, id);
  }

  async besluit(actor: Actor, id: string, puntId: string, tekst: string) {
    const o = await this.rij(id, 'update');
    this.vereisVoorzitter(o, actor);
    await this.punt(o, puntId);
    await voegBesluitToe(this.db.em, puntId, tekst.trim());
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
      !(await isRegioTeam(this.db.em, dto.eigenaarOrganisatieId))
    )
      throw Ongeldig([{ field: 'eigenaarOrganisatieId', message: 'De eigenaar moet een deelnemende organisatie zijn.' }]);
    await this.casus.controleerEigenaar(dto.eigenaarOrganisatieId, dto.eigenaarGebruikerId);
    await maakPlanActieUitOverleg(this.db.em, {
      casusId: p.casus_id,
      regioId: o.regioId,
      omschrijving: dto.omschrijving.trim(),
      eigenaarOrganisatieId: dto.eigenaarOrganisatieId,
      eigenaarGebruikerId: dto.eigenaarGebruikerId ?? null,
      deadline: dto.deadline,
      overlegId: id,
      agendapuntId: puntId,
      reeksId: o.reeksId,
    });
    this.gewijzigd(id);
    return this.een(actor, id);
  }

  async aanwezigheid(actor: Actor, id: string, aanwezig: string[]) {
    const o = await this.rij(id, 'update');
    this.vereisVoorzitter(o, actor);
    await zetAanwezigheid(this.db.em, id, aanwezig);
    this.gewijzigd(id);
    return this.een(actor, id);
  }

  /** The chair fixes the verslag; from then on each participant reads it through its own slice. */
  async stelVast(actor: Actor, id: string) {
    const o = await this.rij(id, 'update');
    this.vereisVoorzitter(o, actor);
    if (o.status === 'vastgesteld') throw Conflict('al-vastgesteld', 'Het verslag is al vastgesteld.');
    await stelOverlegVast(this.db.em, id);
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
  async mijnActies(actor: Actor, query: MijnActiesQueryDto = {}) {
    const limit = leesLimit(query.limit);
    const cursor = leesCursor(query.cursor, ACTIE_SLEUTEL.vorm);
    const partner = PARTNER_ROLLEN.includes(actor.rol);
    const { params, p } = parameters([actor.gebruikerId, partner ? actor.organisatieId : null, !partner, query.teLaat ?? null]);
    // One user's open actions: bounded by the open-action indexes, so the count stays cheap. `teLaat`
    // is a range on the same sort key (coalesce(deadline, 'infinity') < today), served by those indexes.
    const telling = await telMijnActies(this.db.em, params.slice(0, 4));
    const rows = await mijnActiesPagina<MijnActieRij>(
      this.db.em,
      naCursor(ACTIE_SLEUTEL, cursor, p),
      ordening(ACTIE_SLEUTEL),
      p(limit + 1),
      params,
    );
    // A partner sees the young person's name only where its share includes the basis section.
    const basis = new Set((actor.delingen ?? []).filter((d) => d.secties.includes('basis')).map((d) => d.casusId));
    return pagina(
      rows,
      limit,
      (r) => [r.sleutel, r.id],
      ({ sleutel: _s, voornaam, achternaam, ...r }): MijnActie => ({
        ...r,
        jongere: !partner || basis.has(r.casusId) ? [voornaam, achternaam].filter(Boolean).join(' ') || null : null,
      }),
      telling,
    );
  }
}
