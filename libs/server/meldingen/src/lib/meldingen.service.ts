import { Inject, Injectable } from '@nestjs/common';
import {
  AuditService,
  Conflict,
  Db,
  Ongeldig,
  Problem,
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
import { consulentenVanRegio } from '@rmc/server-identity';
import { NotificatieService } from '@rmc/server-notificaties';
import { MELDING_REGIO_VELDEN, shapeFields } from '@rmc/shared-authz';
import type { ConsulentDto, MeldingDto, MeldingGebeurtenisDto, MeldingLijst } from '@rmc/shared-api-types';
import { amsterdamDatum, beoordeelVolledigheid, REDEN_AFGESLOTEN_LABELS, type RedenAfgesloten } from '@rmc/shared-domain';
import type { AanvullingAntwoordDto, AanvullingVraagDto, MeldingCreateDto, OordeelDto, TerugkoppelingDto } from './dto';
import { geldendeNormen } from '@rmc/server-verzuimagenda';
import { dienMeldingIn } from './indiening';
import { verrijk, type MeldingRij } from './melding-rij';
import { maakPersoonUit, persoonIdMetBsn } from '@rmc/server-personen';
import { CASUS_OPENER, type CasusOpener } from './casus-opener.port';
import {
  meldingHistorie,
  meldingOpId,
  meldingPagina,
  PERSOON_UIT_MELDING,
  voegGebeurtenisToe,
  wijsMeldingToe,
  zetMeldingOntvangen,
  zetMeldingStatus,
  zetMeldingVeld,
  zetOordeel,
  zetTerugkoppeling,
} from './data/meldingen.queries';
import type { MeldingenQueryDto } from './lijst.dto';

const COLS = { regioId: 'm.regio_id', vestigingId: 'm.vestiging_id', id: 'm.id' };
const DOEL = 'verzuimmeldingen';
/** Newest first, id as tie-breaker. */
const MELDING_SLEUTEL: Keyset = { kolommen: ['m.gemeld_op', 'm.id'], vorm: ['tijd', 'uuid'], richting: 'DESC' };
/** Oldest first: the same key and index, scanned backwards. A cursor carries no direction, so it is read as the asked order. */
const MELDING_SLEUTEL_OUD: Keyset = { ...MELDING_SLEUTEL, richting: 'ASC' };

/** The school files, the region triages, judges and always reports back (richtlijn verzuim 18+). */
@Injectable()
export class MeldingenService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly notificaties: NotificatieService,
    @Inject(CASUS_OPENER) private readonly casus: CasusOpener,
  ) {}

  private vorm(r: MeldingRij, historie?: MeldingGebeurtenisDto[]): MeldingDto {
    return shapeFields(this.access.ability, 'Melding', { ...verrijk(r), historie }, [...MELDING_REGIO_VELDEN]) as MeldingDto;
  }

  /**
   * School and region alike: newest first, keyset-paged. The inner query (CASL admission, status,
   * cursor, ORDER BY + LIMIT on melding columns only) is served by `melding (regio_id | vestiging_id,
   * [status,] gemeld_op DESC, id DESC)`; names, urgency and the other per-row extras (`meldingPagina`)
   * are computed for the page's rows only. No total: it would count the region's whole history.
   */
  async lijst(query: MeldingenQueryDto): Promise<MeldingLijst> {
    const limit = leesLimit(query.limit);
    const sleutel = query.volgorde === 'oudste' ? MELDING_SLEUTEL_OUD : MELDING_SLEUTEL;
    const cursor = leesCursor(query.cursor, sleutel.vorm);
    const w = this.access.where('read', 'Melding', COLS);
    const { params, p } = parameters(w.params);
    const waar = [`(${w.sql})`, naCursor(sleutel, cursor, p)];
    if (query.status) waar.push(`m.status = ${p(query.status)}`);
    const rows = await meldingPagina(
      this.db.em,
      this.casus.openCasusSql,
      { sleutel: tijdSleutel('m.gemeld_op'), waar, ordening: ordening(sleutel), limit: p(limit + 1) },
      params,
    );
    await this.audit.logMany(
      rows.slice(0, limit).map((r) => ({
        actie: 'search',
        subjectType: 'Melding',
        subjectId: r.id,
        persoonSleutel: r.bsn,
        doel: DOEL,
        resultaat: 'toegestaan',
      })),
    );
    return pagina(
      rows,
      limit,
      (r) => [r.sleutel, r.id],
      ({ sleutel: _s, ...r }) => this.vorm(verrijk(r)),
      null,
    );
  }

  private async rij(id: string, actie: 'read' | 'update'): Promise<MeldingRij> {
    const row = await meldingOpId(this.db.em, this.casus.openCasusSql, id);
    return this.access.zichtbaar(actie, 'Melding', id, row, 'Deze melding');
  }

  private async historie(id: string): Promise<MeldingGebeurtenisDto[]> {
    // RLS gives a school only the events meant for the school.
    return meldingHistorie(this.db.em, id);
  }

  async een(id: string): Promise<MeldingDto> {
    const r = await this.rij(id, 'read');
    await this.audit.log({
      actie: 'read',
      subjectType: 'Melding',
      subjectId: id,
      persoonSleutel: r.bsn,
      doel: DOEL,
      resultaat: 'toegestaan',
    });
    return this.vorm(r, await this.historie(id));
  }

  async dienIn(actor: Actor, dto: MeldingCreateDto): Promise<MeldingDto> {
    if (!actor.vestigingId || !actor.instellingId) throw Verboden();
    const uitkomst = await dienMeldingIn(
      this.db,
      { gebruikerId: actor.gebruikerId, vestigingId: actor.vestigingId, instellingId: actor.instellingId },
      { ...dto },
    );
    if (!uitkomst.ok) {
      if (uitkomst.status === 422) throw new Problem('zeven-dagen-regel', uitkomst.reden!, uitkomst.fouten);
      throw Ongeldig(uitkomst.fouten);
    }
    await this.audit.log({
      actie: 'create',
      subjectType: 'Melding',
      subjectId: uitkomst.id,
      persoonSleutel: dto.bsn,
      doel: DOEL,
      resultaat: 'toegestaan',
    });
    return this.een(uitkomst.id);
  }

  private async gebeurtenis(
    r: MeldingRij,
    actor: Actor,
    soort: MeldingGebeurtenisDto['soort'],
    tekst: string | null,
    zichtbaarVoorSchool: boolean,
  ) {
    await voegGebeurtenisToe(this.db.em, {
      meldingId: r.id,
      regioId: r.regioId,
      vestigingId: r.vestigingId,
      soort,
      tekst,
      zichtbaarVoorSchool,
      door: actor.gebruikerId,
    });
    await this.audit.log({
      actie: 'update',
      subjectType: 'Melding',
      subjectId: r.id,
      persoonSleutel: r.bsn,
      doel: DOEL,
      resultaat: 'toegestaan',
    });
  }

  /** Triage, judgement and feedback are the region's; the answer to a question is the school's. */
  private vereisRegio(actor: Actor) {
    if (!actor.regioId) throw Verboden();
  }

  private vereisSchool(actor: Actor) {
    if (!actor.vestigingId) throw Verboden();
  }

  private vereisStatus(r: MeldingRij, toegestaan: string[], wat: string) {
    if (!toegestaan.includes(r.status))
      throw Conflict('ongeldige-status', `${wat} kan niet bij een melding met status "${r.status}".`);
  }

  private async meldSchool(r: MeldingRij, soort: string, tekst: string) {
    if (!r.gemeldDoorId) return;
    await this.notificaties.meld({
      gebruikerId: r.gemeldDoorId,
      regioId: r.regioId,
      soort,
      tekst,
      link: `/meldingen/${r.id}`,
      sleutel: `${soort}-${r.id}-${Date.now()}`,
    });
  }

  async vraagAanvulling(actor: Actor, id: string, dto: AanvullingVraagDto): Promise<MeldingDto> {
    this.vereisRegio(actor);
    const r = await this.rij(id, 'update');
    this.vereisStatus(r, ['ontvangen'], 'Om aanvulling vragen');
    await zetMeldingStatus(this.db.em, id, 'aanvulling-gevraagd');
    await this.gebeurtenis(r, actor, 'aanvulling-gevraagd', dto.vraag.trim(), true);
    await this.meldSchool(r, 'aanvulling-gevraagd', 'De regio vraagt om een aanvulling op een verzuimmelding.');
    return this.een(id);
  }

  async beantwoord(actor: Actor, id: string, dto: AanvullingAntwoordDto): Promise<MeldingDto> {
    this.vereisSchool(actor);
    const r = await this.rij(id, 'update');
    this.vereisStatus(r, ['aanvulling-gevraagd'], 'Een aanvulling geven');
    const velden = dto.velden ?? {};
    const kolom: Record<string, string> = {
      verzuimDagen: 'verzuim_dagen',
      verzuimUren: 'verzuim_uren',
      zorgen: 'zorgen',
      vermoedelijkeReden: 'vermoedelijke_reden',
      doorSchoolOndernomen: 'door_school_ondernomen',
      afsprakenMetStudent: 'afspraken_met_student',
      betrokkenContacten: 'betrokken_contacten',
      lopendeHulp: 'lopende_hulp',
      verwachtingVanRegio: 'verwachting_van_regio',
      toelichtingActieGewenst: 'toelichting_actie_gewenst',
      telefoon: 'telefoon',
    };
    for (const [veld, waarde] of Object.entries(velden))
      if (waarde !== undefined && kolom[veld]) await zetMeldingVeld(this.db.em, id, kolom[veld], waarde);
    const bijgewerkt = { ...r, ...velden };
    const { normen } = await geldendeNormen(this.db, r.instellingId, amsterdamDatum(new Date(r.gemeldOp ?? Date.now())));
    const norm = normen.find((n) => n.soort === r.soort);
    const { volledig, ontbrekend } = norm
      ? beoordeelVolledigheid(bijgewerkt as Record<string, unknown>, norm)
      : { volledig: r.volledig ?? false, ontbrekend: r.ontbrekend ?? [] };
    await zetMeldingOntvangen(this.db.em, id, volledig, ontbrekend);
    await this.gebeurtenis(r, actor, 'aanvulling-gegeven', dto.antwoord.trim(), true);
    return this.een(id);
  }

  async consulenten(): Promise<ConsulentDto[]> {
    return consulentenVanRegio(this.db.em);
  }

  async wijsToe(actor: Actor, id: string, consulentId: string): Promise<MeldingDto> {
    // Who works a melding is the coördinator's decision: CASL `assign`, not a role check here.
    if (!this.access.ability.can('assign', 'Melding')) throw Verboden();
    const r = await this.rij(id, 'update');
    this.vereisStatus(r, ['ontvangen', 'aanvulling-gevraagd', 'in-behandeling'], 'Toewijzen');
    const kandidaat = (await this.consulenten()).find((c) => c.id === consulentId);
    if (!kandidaat) throw Ongeldig([{ field: 'consulentId', message: 'Kies een consulent van uw regio.' }]);
    await wijsMeldingToe(this.db.em, id, consulentId);
    await this.gebeurtenis(r, actor, 'toegewezen', `Toegewezen aan ${kandidaat.naam}.`, false);
    return this.een(id);
  }

  async beoordeel(actor: Actor, id: string, dto: OordeelDto): Promise<MeldingDto> {
    this.vereisRegio(actor);
    const r = await this.rij(id, 'update');
    this.vereisStatus(r, ['ontvangen', 'aanvulling-gevraagd'], 'Een oordeel geven');
    if (dto.oordeel === 'geen-actie' && !dto.reden?.trim())
      throw Ongeldig([{ field: 'reden', message: 'Geef de reden waarom geen actie nodig is.' }]);
    let casusId: string | null = null;
    const status =
      dto.oordeel === 'actie-vereist' ? 'in-behandeling' : dto.oordeel === 'geen-actie' ? 'afgesloten' : 'ter-kennisneming';
    if (dto.oordeel === 'actie-vereist') casusId = await this.openOfKoppelCasus(r, actor, dto.doelgroep ?? 'verzuim-18plus');
    await zetOordeel(this.db.em, id, {
      status,
      oordeel: dto.oordeel,
      reden: dto.reden?.trim() || null,
      casusId,
      consulentId: this.access.ability.can('assign', 'Melding') ? null : actor.gebruikerId,
    });
    await this.gebeurtenis(r, actor, 'oordeel', `${dto.oordeel}${dto.reden ? `: ${dto.reden.trim()}` : ''}`, false);
    return this.een(id);
  }

  /** Minimal case record (the case itself is the next issue): the person of the region and a case in phase waarnemen. */
  private async openOfKoppelCasus(r: MeldingRij, actor: Actor, doelgroep: string): Promise<string> {
    let persoon = await persoonIdMetBsn(this.db.em, r.bsn!);
    if (!persoon) {
      persoon = { id: await maakPersoonUit(this.db.em, PERSOON_UIT_MELDING, [r.id]) };
      await this.audit.log({
        actie: 'create',
        subjectType: 'Persoon',
        subjectId: persoon.id,
        persoonSleutel: r.bsn,
        doel: DOEL,
        resultaat: 'toegestaan',
      });
    }
    const open = await this.casus.openCasusVan(this.db.em, persoon.id);
    if (open) return open.id;
    return this.casus.maakCasusUitMelding(this.db.em, {
      regioId: r.regioId,
      persoonId: persoon.id,
      doelgroep,
      consulentId: r.consulentId ?? actor.gebruikerId,
    });
  }

  async koppelTerug(actor: Actor, id: string, dto: TerugkoppelingDto): Promise<MeldingDto> {
    this.vereisRegio(actor);
    const r = await this.rij(id, 'update');
    this.vereisStatus(r, ['in-behandeling', 'afgesloten', 'ter-kennisneming', 'ontvangen'], 'Terugkoppelen');
    if (dto.status === 'afgesloten' && !dto.redenAfgesloten)
      throw Ongeldig([{ field: 'redenAfgesloten', message: 'Kies bij "afgesloten" de reden (een van de 7 van DUO).' }]);
    if (dto.status !== 'afgesloten' && dto.redenAfgesloten)
      throw Ongeldig([{ field: 'redenAfgesloten', message: 'Een reden hoort alleen bij "afgesloten".' }]);
    await zetTerugkoppeling(this.db.em, id, {
      status: dto.status,
      redenAfgesloten: dto.redenAfgesloten ?? null,
      toelichting: dto.toelichting.trim(),
      contactpersoon: dto.contactpersoon.trim(),
    });
    const reden = dto.redenAfgesloten ? ` (${REDEN_AFGESLOTEN_LABELS[dto.redenAfgesloten as RedenAfgesloten]})` : '';
    await this.gebeurtenis(r, actor, 'terugkoppeling', `Status: ${dto.status}${reden}. ${dto.toelichting.trim()}`, true);
    await this.meldSchool(r, 'terugkoppeling', 'De regio heeft een terugkoppeling gegeven op een verzuimmelding.');
    return this.een(id);
  }
}
