import { Inject, Injectable } from '@nestjs/common';
import {
  AuditService,
  Conflict,
  Db,
  NietGevonden,
  Ongeldig,
  Problem,
  RecordAccess,
  Verboden,
  leesCursor,
  leesLimit,
  pagina,
  type Actor,
} from '@rmc/server-core';
import {
  amsterdamDatum,
  CASUS_SUBVELDEN,
  controleerBig5,
  controleerIntake,
  controleerNotitie,
  TEKST_MAX,
  controleerPlan,
  controleerEvaluatie,
  controleerOvergang,
  plusMaanden,
  controleerVierstappen,
  nazorgMomenten,
  REDENEN_AFGESLOTEN,
  isSectie,
  LEEFGEBIEDEN,
  mogelijkeStappen,
  sluitenZonderContactToegestaan,
  STANDAARD_MINIMUM_INSPANNING,
  toegestaneSecties,
  veldenVoorSecties,
  volgendeStapLadder,
  type CasusFeiten,
  type Leefgebied,
} from '@rmc/shared-domain';
import type { CasusDto } from '@rmc/shared-api-types';
import { MeldingenService, openTerugmeldingenVanCasus, verzuimVanPersoon } from '@rmc/server-meldingen';
import { organisatieOpId, regioOpId } from '@rmc/server-organisaties';
import { actieveLedenVan, isActiefLid, isCasusMedewerker } from '@rmc/server-identity';
import { planNazorgMomenten, sluitOpenNazorg } from '@rmc/server-nazorg';
import { NotificatieService } from '@rmc/server-notificaties';
import { CASELOAD_SLEUTEL, caseloadQuery, type CaseloadRij } from './data/caseload.queries';
import type {
  ActieDto,
  ActieStatusDto,
  Big5Dto,
  CasusCreateDto,
  CasussenQueryDto,
  ContactDto,
  DelingDto,
  FaseDto,
  IntakeDto,
  PlanDto,
  RegieDto,
  ScanDto,
  SignaleringDto,
  ToewijzingDto,
} from './dto';
import { LEEFGEBIED_SET } from './dto';
import { casusTijdlijn } from './data/tijdlijn.queries';
import { CASUS_OVERLEG_BRON, type CasusOverlegBron } from './overleg-bron.port';
import {
  actieVanCasus,
  consulentVan,
  heeftOpenCasus,
  lopendeDelingOrganisaties,
  maakCasus,
  raakCasusAan,
  beeindigDeling,
  verplaatsOpenActies,
  voegActieToe,
  voegContactToe,
  voegDelingToe,
  voegNotitieToe,
  voegScanToe,
  wijsCasusToe,
  zetActieStatus,
  zetDocument,
  zetFase,
  zetRegie,
  zetSignalering,
} from './data/casus.queries';
import {
  actiesVan,
  casusRij,
  persoonSleutel,
  contactenVan,
  contactpogingenVan,
  delingenVan,
  notitiesVan,
  scansVan,
  tellingenVan,
  type CasusRij,
} from './data/casus-lezen.queries';

/** Every top-level field of a case as the API returns it (CASL field rules pick from these). */
export const CASUS_VELDEN = [
  'id',
  'fase',
  'doelgroep',
  'bron',
  'persoon',
  'contact',
  'consulentNaam',
  'regie',
  'oordeelSignalering',
  'intake',
  'big5',
  'plan',
  'evaluatie',
  'sluitreden',
  'leefgebieden',
  'acties',
  'mijnActies',
  'contactmomenten',
  'volgendeStap',
  'verzuim',
  'delingen',
  'notities',
  'stappen',
  'tijdlijn',
] as const satisfies readonly (keyof CasusDto)[];

/** Every field CASL can grant on a case: the top-level fields and the sub-fields inside them. */
const CASUS_ALLE_VELDEN: readonly string[] = [...CASUS_VELDEN, ...CASUS_SUBVELDEN];

/**
 * The caseload's work columns (consulent, overdue actions, last contact) and their filters show the action
 * plan and the contact log: only for whom may read both fields of a case (CASL), never through a share.
 */
const CASELOAD_WERK_VELDEN = ['acties', 'contactmomenten'] as const;

const DOEL = 'dossiervoering';

/** The case through the routekaart phases, and its slices for chain partners. */
@Injectable()
export class CasusService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly meldingen: MeldingenService,
    private readonly notificaties: NotificatieService,
    @Inject(CASUS_OVERLEG_BRON) private readonly overleg: CasusOverlegBron,
  ) {}

  /** Record check without the read audit, for a change (RLS already hides unshared cases from partners; CASL checks again) → 404 + audited refusal. */
  private async zichtbaar(id: string, actie: 'read' | 'update' | 'share' | 'assign'): Promise<CasusRij> {
    const r = await casusRij(this.db, id);
    return this.access.zichtbaar(actie, 'Casus', id, r ? { ...r, regioId: r.regio_id } : undefined, 'Deze casus');
  }

  /** Opens the case for reading: record check and read audit in one call, and the fields this actor may see. */
  private open(id: string, r: CasusRij | undefined) {
    return this.access.lees('Casus', id, r ? { ...r, regioId: r.regio_id } : undefined, {
      alleVelden: CASUS_ALLE_VELDEN,
      doel: DOEL,
      persoonSleutel: (rij) => rij.bsn,
      wat: 'Deze casus',
    });
  }

  /** The caseload with server-side filters; RMC rows carry the last successful contact, partners keep their reduced rows. */
  async lijst(actor: Actor, filters: CasussenQueryDto = {}) {
    const ability = this.access.ability;
    const werk = CASELOAD_WERK_VELDEN.every((veld) => ability.can('read', 'Casus', veld));
    if (!werk) {
      // Actions, contact and the consulent are not part of a share's slice: neither are filters on them.
      const werkFilters = (['teLaat', 'geenContactDagen', 'consulentId', 'gedeeldMet'] as const).filter(
        (f) => filters[f] !== undefined,
      );
      if (werkFilters.length)
        throw Ongeldig(werkFilters.map((field) => ({ field, message: 'Dit filter is alleen beschikbaar voor het RMC.' })));
    }
    // Through shares, the list shows names (and filters on phase and doelgroep) only where the share opens them.
    const metBasis = actor.delingen
      ? new Set(actor.delingen.filter((d) => veldenVoorSecties(d.secties).includes('fase')).map((d) => d.casusId))
      : null;
    const w = this.access.where('read', 'Casus', { id: 'c.id', regioId: 'c.regio_id' });
    const limit = leesLimit(filters.limit);
    const cursor = leesCursor(filters.cursor, CASELOAD_SLEUTEL.vorm);
    const q = caseloadQuery(w, filters, metBasis ? [...metBasis] : null, limit, cursor);
    const rows = await this.db.query<CaseloadRij>(q.sql, q.params);
    const getoond = rows.slice(0, limit);
    await this.audit.logMany(
      getoond.map((r) => ({
        actie: 'search' as const,
        subjectType: 'Casus',
        subjectId: r.id,
        persoonSleutel: r.bsn,
        doel: DOEL,
        resultaat: 'toegestaan' as const,
      })),
    );
    // No total: an exact count over a coördinator's whole region history is the expensive part; `volgende` says whether there is more.
    return pagina(
      rows,
      limit,
      (r) => [r.sleutel, r.id],
      ({ bsn: _bsn, sleutel: _sleutel, laatsteContact, ...r }) =>
        werk
          ? { ...r, teLaatActies: r.openActies, laatsteContact }
          : metBasis?.has(r.id)
            ? { id: r.id, fase: r.fase, doelgroep: r.doelgroep, voornaam: r.voornaam, achternaam: r.achternaam }
            : { id: r.id },
      null,
    );
  }

  async maak(actor: Actor, dto: CasusCreateDto) {
    const persoon = await persoonSleutel(this.db, dto.persoonId);
    if (!persoon) throw Ongeldig([{ field: 'persoonId', message: 'Deze jongere staat niet in uw regio.' }]);
    if (await heeftOpenCasus(this.db, dto.persoonId))
      throw Conflict('casus-open', 'Deze jongere heeft al een open casus.', [
        { field: 'persoonId', message: 'Er is al een open casus.' },
      ]);
    const casusId = await maakCasus(this.db, {
      regioId: actor.regioId,
      persoonId: dto.persoonId,
      doelgroep: dto.doelgroep,
      consulentId: actor.gebruikerId,
      bron: dto.bron,
      bronToelichting: dto.bronToelichting ?? null,
    });
    await this.audit.log({
      actie: 'create',
      subjectType: 'Casus',
      subjectId: casusId,
      persoonSleutel: persoon.bsn,
      doel: DOEL,
      resultaat: 'toegestaan',
    });
    return this.een(actor, casusId);
  }

  private async feiten(r: CasusRij): Promise<CasusFeiten> {
    const t = await tellingenVan(this.db, r.id);
    const inst = await regioOpId(this.db, r.regio_id);
    return {
      oordeelSignalering: r.oordeel_signalering,
      intakeVastgelegd: Boolean(r.intake),
      aantalScans: t.scans,
      aantalPlanacties: t.acties,
      procesregieGezet: Boolean(r.procesregie_id),
      evaluatieVastgelegd: controleerEvaluatie(r.evaluatie) === null,
      nazorgMaanden: inst?.instellingen?.nazorgMaanden ?? 12,
      overgedragen: r.sluitreden === 'overgedragen',
    };
  }

  /**
   * The case as this actor may see it. The permitted fields are computed once (CASL field rules: a partner's
   * shared sections, with its life domains as sub-fields) and only the sections behind them are loaded: a
   * partner's read never queries the contact log, the shares, the phase facts or the timeline.
   */
  async een(actor: Actor, id: string): Promise<CasusDto> {
    const { row: r, velden } = await this.open(id, await casusRij(this.db, id));
    const mag = (veld: string) => velden.has(veld);
    const domeinen = new Set(LEEFGEBIEDEN.filter((d) => mag(`leefgebieden.${d}`)));

    const acties = mag('acties')
      ? await actiesVan(this.db, id)
      : mag('mijnActies')
        ? await actiesVan(this.db, id, actor.organisatieId)
        : [];
    const contacten = mag('contactmomenten') || mag('volgendeStap') ? await contactenVan(this.db, id) : [];
    const sectie: Record<(typeof CASUS_VELDEN)[number], () => unknown> = {
      id: () => r.id,
      fase: () => r.fase,
      doelgroep: () => r.doelgroep,
      bron: () => r.bron,
      persoon: () => ({
        ...(mag('persoon.id') ? { id: r.persoon_id } : {}),
        voornaam: r.voornaam,
        achternaam: r.achternaam,
        geboortedatum: r.geboortedatum,
      }),
      contact: () => ({ telefoon: r.telefoon, email: r.email, postcode: r.postcode }),
      consulentNaam: () => r.consulent_naam,
      regie: () => ({ procesregie: r.procesregie_naam, casusregie: r.casusregie_naam ?? r.procesregie_naam }),
      oordeelSignalering: () => r.oordeel_signalering,
      intake: () => r.intake,
      big5: () => r.big5,
      plan: () => r.plan,
      evaluatie: () => r.evaluatie,
      sluitreden: () => r.sluitreden,
      // Each scan's scores cut to the life domains this actor may read (all of them for the RMC).
      leefgebieden: async () =>
        (await scansVan(this.db, id)).map((s) => ({
          datum: s.datum,
          scores: Object.fromEntries(Object.entries(s.scores).filter(([d]) => domeinen.has(d as Leefgebied))),
        })),
      acties: () => acties,
      mijnActies: () => acties.filter((a) => a.eigenaarOrganisatieId && a.eigenaarOrganisatieId === actor.organisatieId),
      contactmomenten: () => contacten,
      volgendeStap: () => (['afgesloten', 'nazorg', 'beeindigd'].includes(r.fase) ? null : volgendeStapLadder(contacten)),
      verzuim: () => verzuimVanPersoon(this.db, r.bsn, r.regio_id),
      delingen: () => delingenVan(this.db, id),
      notities: () =>
        notitiesVan(
          this.db,
          id,
          this.access.where(
            'read',
            'Notitie',
            { regioId: 'n.regio_id', casusId: 'n.casus_id', organisatieId: 'n.organisatie_id' },
            1,
          ),
        ),
      stappen: async () => mogelijkeStappen(r.fase, await this.feiten(r)),
      tijdlijn: () => casusTijdlijn(this.db, this.overleg, id, r.persoon_id),
    };
    const uit: Record<string, unknown> = {};
    // One after the other: the request's queries share its one connection.
    for (const veld of CASUS_VELDEN) if (mag(veld)) uit[veld] = await sectie[veld]();
    // The permitted keys of CasusDto only (CASUS_VELDEN are its keys, checked above).
    return uit as unknown as CasusDto;
  }

  /** A change of the case: record check, the write, the change stamp and the audit row, then the case as the actor sees it. */
  private async wijzig(actor: Actor, id: string, schrijf: () => Promise<unknown>) {
    const r = await this.zichtbaar(id, 'update');
    await schrijf();
    await raakCasusAan(this.db, id);
    await this.audit.log({
      actie: 'update',
      subjectType: 'Casus',
      subjectId: id,
      persoonSleutel: r.bsn,
      doel: DOEL,
      resultaat: 'toegestaan',
    });
    return this.een(actor, id);
  }

  signalering(actor: Actor, id: string, dto: SignaleringDto) {
    return this.wijzig(actor, id, () => zetSignalering(this.db, id, dto));
  }

  intake(actor: Actor, id: string, dto: IntakeDto) {
    const fouten = controleerIntake(dto.antwoorden);
    if (fouten.length) throw Ongeldig(fouten);
    return this.wijzig(actor, id, () => zetDocument(this.db, id, 'intake', dto));
  }

  /** Analyseren: the Big 5 of the routekaart, as observed facts (replaces the previous record). */
  big5(actor: Actor, id: string, dto: Big5Dto) {
    const fouten = controleerBig5(dto.principes);
    if (fouten.length) throw Ongeldig(fouten);
    return this.wijzig(actor, id, () => zetDocument(this.db, id, 'big5', dto.principes));
  }

  /**
   * Plannen: the plan van aanpak's goals and agreed contact moments (replaces the previous record). A partner
   * in an agreement must be an active organisation of the case's own region.
   */
  async plan(actor: Actor, id: string, dto: PlanDto) {
    const fouten = controleerPlan(dto);
    if (fouten.length) throw Ongeldig(fouten);
    const r = await this.zichtbaar(id, 'update');
    const gevraagd = [
      ...new Set(dto.contactafspraken.flatMap((a) => (a.met === 'partner' && a.organisatieId ? [a.organisatieId] : []))),
    ];
    const bekend = new Set<string>();
    for (const orgId of gevraagd) {
      const o = await organisatieOpId(this.db, orgId);
      if (o?.actief && o.regioId === r.regio_id) bekend.add(o.id);
    }
    const onbekend = dto.contactafspraken.flatMap((a, i) =>
      a.met === 'partner' && !bekend.has(a.organisatieId!)
        ? [{ field: `contactafspraken.${i}.organisatieId`, message: 'Kies een partnerorganisatie uit de regio van deze casus.' }]
        : [],
    );
    if (onbekend.length) throw Ongeldig(onbekend);
    const plan = {
      doelen: dto.doelen.map((d) => ({ omschrijving: d.omschrijving.trim(), status: d.status })),
      contactafspraken: dto.contactafspraken.map((a) => ({
        met: a.met,
        ...(a.met === 'partner' ? { organisatieId: a.organisatieId } : {}),
        afspraak: a.afspraak.trim(),
        ...(a.volgendeDatum ? { volgendeDatum: a.volgendeDatum } : {}),
      })),
    };
    return this.wijzig(actor, id, () => zetDocument(this.db, id, 'plan', plan));
  }

  async scan(actor: Actor, id: string, dto: ScanDto) {
    const fouten = Object.entries(dto.scores).flatMap(([domein, s]) =>
      !LEEFGEBIED_SET.has(domein)
        ? [{ field: `scores.${domein}`, message: 'Onbekend leefgebied.' }]
        : !Number.isInteger(s?.score) || s.score < 1 || s.score > 5
          ? [{ field: `scores.${domein}.score`, message: 'Geef een score van 1 tot 5.' }]
          : [controleerNotitie(s.notitie, `scores.${domein}.notitie`, TEKST_MAX.toelichting)].flatMap((f) => (f ? [f] : [])),
    );
    if (!Object.keys(dto.scores).length)
      fouten.push({ field: 'scores', message: `Scoor minstens één van de ${LEEFGEBIEDEN.length} leefgebieden.` });
    if (fouten.length) throw Ongeldig(fouten);
    const r = await this.zichtbaar(id, 'update');
    return this.wijzig(actor, id, () =>
      voegScanToe(this.db, { casusId: id, regioId: r.regio_id, datum: dto.datum, scores: dto.scores, door: actor.gebruikerId }),
    );
  }

  async actie(actor: Actor, id: string, dto: ActieDto) {
    const r = await this.zichtbaar(id, 'update');
    if (dto.eigenaarOrganisatieId) {
      const org = await organisatieOpId(this.db, dto.eigenaarOrganisatieId);
      if (!org?.actief)
        throw Ongeldig([{ field: 'eigenaarOrganisatieId', message: 'Deze organisatie bestaat niet in uw regio.' }]);
    }
    await this.controleerEigenaar(dto.eigenaarOrganisatieId ?? null, dto.eigenaarGebruikerId);
    return this.wijzig(actor, id, () =>
      voegActieToe(this.db, {
        casusId: id,
        regioId: r.regio_id,
        omschrijving: dto.omschrijving.trim(),
        eigenaarOrganisatieId: dto.eigenaarOrganisatieId ?? null,
        eigenaarGebruikerId: dto.eigenaarGebruikerId ?? null,
        deadline: dto.deadline ?? null,
        eigenaarJongere: dto.eigenaarJongere ?? false,
      }),
    );
  }

  /**
   * A named owner must be an active member of the owning organisation (or, for an action of the region
   * itself, of the region): otherwise a 400 naming the field, never a foreign-key 500.
   */
  async controleerEigenaar(organisatieId: string | null, gebruikerId: string | undefined): Promise<void> {
    if (!gebruikerId) return;
    if (!(await isActiefLid(this.db, gebruikerId, organisatieId)))
      throw Ongeldig([{ field: 'eigenaarGebruikerId', message: 'Deze medewerker hoort niet bij de gekozen organisatie.' }]);
  }

  /** RMC updates any action; a partner only its own organisation's actions on a shared case. */
  async actieStatus(actor: Actor, id: string, actieId: string, dto: ActieStatusDto) {
    const a = await actieVanCasus(this.db, actieId, id);
    await this.access.zichtbaar(
      'update',
      'PlanActie',
      actieId,
      a ? { regioId: a.regio_id, casusId: a.casus_id, eigenaarOrganisatieId: a.eigenaar_organisatie_id } : undefined,
      'Deze actie',
    );
    if (['niet-mogelijk', 'niet-gedaan'].includes(dto.status) && !dto.toelichting?.trim())
      throw Ongeldig([{ field: 'toelichting', message: 'Geef de reden.' }]);
    // The history is what the next meeting of a series reports back on (gedaan / niet gedaan / niet mogelijk).
    await zetActieStatus(this.db, {
      actieId,
      regioId: a!.regio_id,
      status: dto.status,
      toelichting: dto.toelichting ?? null,
      door: actor.gebruikerId,
    });
    await this.audit.log({ actie: 'update', subjectType: 'PlanActie', subjectId: actieId, doel: DOEL, resultaat: 'toegestaan' });
    return this.een(actor, id);
  }

  async regie(actor: Actor, id: string, dto: RegieDto) {
    await this.zichtbaar(id, 'update');
    if (!(await isCasusMedewerker(this.db, dto.procesregieId)))
      throw Ongeldig([{ field: 'procesregieId', message: 'Procesregie ligt altijd bij een consulent van de regio.' }]);
    if (dto.casusregieOrganisatieId && !(await organisatieOpId(this.db, dto.casusregieOrganisatieId)))
      throw Ongeldig([{ field: 'casusregieOrganisatieId', message: 'Deze organisatie bestaat niet in uw regio.' }]);
    return this.wijzig(actor, id, () => zetRegie(this.db, id, dto.procesregieId, dto.casusregieOrganisatieId ?? null));
  }

  /**
   * The coördinator moves a case to another consulent (illness, workload) and may correct the doelgroep.
   * Open actions the previous consulent owned by name move along, so their reminders follow the case;
   * the new consulent hears it through a notification without personal data.
   */
  async wijsToe(actor: Actor, id: string, dto: ToewijzingDto) {
    // Type-level first (403 for any role that never assigns), then the record (404 for another region's case).
    if (!this.access.ability.can('assign', 'Casus')) throw Verboden();
    // The record check before the body: for the coördinator a case of another region stays a 404, whatever the body says.
    const r = await this.zichtbaar(id, 'assign');
    if (r.fase === 'beeindigd')
      throw Conflict('casus-beeindigd', 'Deze casus is beëindigd; de toewijzing kan niet meer worden gewijzigd.');
    if (!(await isCasusMedewerker(this.db, dto.consulentId, { actieveGebruiker: true })))
      throw Ongeldig([{ field: 'consulentId', message: 'Kies een actieve consulent van uw regio.' }]);
    const vorige = await consulentVan(this.db, id);
    if (vorige && vorige !== dto.consulentId) await verplaatsOpenActies(this.db, id, vorige, dto.consulentId);
    // Procesregie is always the region's consulent: when the previous consulent held it, it moves along.
    const resultaat = await this.wijzig(actor, id, () => wijsCasusToe(this.db, id, dto.consulentId, dto.doelgroep ?? null));
    if (vorige !== dto.consulentId)
      await this.notificaties.meld({
        gebruikerId: dto.consulentId,
        regioId: r.regio_id,
        soort: 'casus-toegewezen',
        tekst: 'Er is een casus aan u toegewezen.',
        link: `/casussen/${id}`,
        // A case can move back and forth between consulenten: each assignment is its own event.
        sleutel: `toegewezen-${id}-${dto.consulentId}-${Date.now()}`,
      });
    return resultaat;
  }

  async contact(actor: Actor, id: string, dto: ContactDto) {
    const r = await this.zichtbaar(id, 'update');
    return this.wijzig(actor, id, () =>
      voegContactToe(this.db, {
        casusId: id,
        regioId: r.regio_id,
        datum: dto.datum,
        vorm: dto.vorm,
        uitkomst: dto.uitkomst,
        notitie: dto.notitie ?? null,
        door: actor.gebruikerId,
      }),
    );
  }

  /** Guarded phase transition (the same rules the portal uses to offer steps): 409 with the reason. */
  async fase(actor: Actor, id: string, dto: FaseDto) {
    const r = await this.zichtbaar(id, 'update');
    if (dto.evaluatie !== undefined) {
      const fout = controleerEvaluatie(dto.evaluatie);
      if (fout) throw Ongeldig([{ field: 'evaluatie', message: fout }]);
    }
    const feiten = await this.feiten({ ...r, evaluatie: dto.evaluatie ?? r.evaluatie });
    const reden = controleerOvergang(r.fase, dto.naar, feiten);
    if (reden) throw new Problem('ongeldige-faseovergang', reden, [{ field: 'naar', message: reden }]);
    if (dto.naar === 'afgesloten') {
      if (!dto.sluitreden) throw Ongeldig([{ field: 'sluitreden', message: 'Kies de reden van afsluiten.' }]);
      if (dto.sluitreden === 'geen-contact') {
        const pogingen = await contactpogingenVan(this.db, id);
        const bezwaar = sluitenZonderContactToegestaan(pogingen, STANDAARD_MINIMUM_INSPANNING, dto.onderbouwing);
        if (bezwaar) throw new Problem('minimale-inspanning', bezwaar, [{ field: 'onderbouwing', message: bezwaar }]);
      }
    }
    // Saved only once every check passed: a refused close leaves nothing behind.
    if (dto.naar === 'afgesloten' && dto.evaluatie) await zetDocument(this.db, id, 'evaluatie', dto.evaluatie);
    if (dto.naar === 'afgesloten') {
      await this.meldAfsluitingAanSchool(actor, r, dto.sluitreden!);
      await this.meldAfsluitingAanPartners(r);
    }
    // Nazorg check-ins at the region's intervals become tasks; the worker reminds the consulent when due.
    // Dates in Amsterdam, not the database's UTC day (they differ between midnight and 01:00/02:00).
    const vandaag = amsterdamDatum(new Date());
    // Reopened from nazorg: its open check-ins are done with (a later nazorg period makes new ones).
    if (r.fase === 'nazorg' && dto.naar !== 'nazorg') await sluitOpenNazorg(this.db, id, actor.gebruikerId, 'Casus heropend.');
    if (dto.naar === 'nazorg') await planNazorgMomenten(this.db, r.regio_id, id, nazorgMomenten(vandaag, feiten.nazorgMaanden));
    return this.wijzig(actor, id, () =>
      zetFase(this.db, id, {
        naar: dto.naar,
        sluitreden: dto.sluitreden ?? null,
        onderbouwing: dto.onderbouwing ?? null,
        nazorgTot: plusMaanden(vandaag, feiten.nazorgMaanden),
      }),
    );
  }

  /**
   * Evalueren: the school that filed a melding for this case hears the outcome (richtlijn: always), through
   * the melding feedback. A routekaart outcome that is not one of DUO's 7 reasons is reported as "overige".
   * Also used when a warm handover closes the case.
   */
  async meldAfsluitingAanSchool(actor: Actor, r: Pick<CasusRij, 'id' | 'consulent_naam'>, sluitreden: string) {
    const open = await openTerugmeldingenVanCasus(this.db, r.id);
    const duo = (REDENEN_AFGESLOTEN as readonly string[]).includes(sluitreden) ? sluitreden : 'inschrijving-beeindigd-overige';
    for (const meldingId of open)
      await this.meldingen.koppelTerug(actor, meldingId, {
        status: 'afgesloten',
        redenAfgesloten: duo,
        toelichting: 'De casus bij de regio is afgesloten.',
        contactpersoon: r.consulent_naam ?? 'RMC-team',
      });
  }

  /** Evalueren: partners with a running share hear that the case closed (a link, no personal data). */
  private async meldAfsluitingAanPartners(r: Pick<CasusRij, 'id' | 'regio_id'>) {
    const ontvangers = await actieveLedenVan(this.db, await lopendeDelingOrganisaties(this.db, r.id));
    const moment = Date.now();
    for (const gebruikerId of ontvangers)
      await this.notificaties.meld({
        gebruikerId,
        regioId: r.regio_id,
        soort: 'casus-afgesloten',
        tekst: 'Een casus die met uw organisatie is gedeeld, is afgesloten. Rond uw openstaande acties af.',
        link: `/casussen/${r.id}?onderdeel=mijn-acties`,
        // A case can be closed, reopened and closed again: each closing is its own event.
        sleutel: `afgesloten-${r.id}-${gebruikerId}-${moment}`,
      });
  }

  /**
   * Shares the case with a partner organisation under a recorded grondslag: consent (date, scope,
   * expiry) or a legal task with the four-step check; only sections the partner kind may get.
   */
  async deel(actor: Actor, id: string, dto: DelingDto) {
    const r = await this.zichtbaar(id, 'share');
    const gevonden = await organisatieOpId(this.db, dto.organisatieId);
    const org = gevonden?.actief ? gevonden : undefined;
    if (!org) throw Ongeldig([{ field: 'organisatieId', message: 'Deze organisatie bestaat niet in uw regio.' }]);
    const fouten: { field: string; message: string }[] = [];
    const toegestaan = toegestaneSecties(org.soort);
    for (const s of dto.secties) {
      if (!isSectie(s)) fouten.push({ field: 'secties', message: `Onbekende sectie "${s}".` });
      else if (!toegestaan.includes(s))
        fouten.push({
          field: 'secties',
          message: `"${s}" mag niet met dit soort organisatie worden gedeeld (proportionaliteit).`,
        });
    }
    if (dto.grondslag === 'toestemming') {
      if (!dto.toestemming)
        fouten.push({ field: 'toestemming', message: 'Leg de toestemming van de jongere vast (datum, reikwijdte, einddatum).' });
      else if (dto.toestemming.verlooptOp < dto.eindDatum)
        fouten.push({ field: 'eindDatum', message: 'De deling mag niet langer lopen dan de toestemming.' });
    } else {
      for (const stap of controleerVierstappen(dto.vierstappen))
        fouten.push({ field: `vierstappen.${stap}`, message: 'Beantwoord deze stap van de afweging (minstens 10 tekens).' });
    }
    if (dto.eindDatum < amsterdamDatum(new Date()))
      fouten.push({ field: 'eindDatum', message: 'De einddatum ligt in het verleden.' });
    if (fouten.length) throw Ongeldig(fouten);
    await voegDelingToe(this.db, {
      casusId: id,
      regioId: r.regio_id,
      organisatieId: org.id,
      grondslag: dto.grondslag,
      toestemming: dto.toestemming ?? null,
      vierstappen: dto.vierstappen ?? null,
      doel: dto.doel,
      secties: dto.secties,
      eindDatum: dto.eindDatum,
      door: actor.gebruikerId,
    });
    await this.audit.log({
      actie: 'share',
      subjectType: 'Casus',
      subjectId: id,
      persoonSleutel: r.bsn,
      doel: dto.doel.slice(0, 200),
      resultaat: 'toegestaan',
      namensId: org.id,
    });
    return this.een(actor, id);
  }

  /** Withdrawn consent or an ended share: the partner's next request no longer finds the case. */
  async trekDelingIn(actor: Actor, id: string, delingId: string) {
    const r = await this.zichtbaar(id, 'share');
    if (!(await beeindigDeling(this.db, delingId, id))) throw NietGevonden('Deze deling');
    await this.audit.log({
      actie: 'share',
      subjectType: 'Casus',
      subjectId: id,
      persoonSleutel: r.bsn,
      doel: 'deling ingetrokken',
      resultaat: 'toegestaan',
    });
    return this.een(actor, id);
  }

  async notitie(actor: Actor, id: string, tekst: string) {
    const r = await this.zichtbaar(id, 'read');
    await this.access.zichtbaar('create', 'Notitie', id, { casusId: id }, 'Deze casus');
    await voegNotitieToe(this.db, {
      casusId: id,
      regioId: r.regio_id,
      organisatieId: actor.organisatieId,
      tekst: tekst.trim(),
      door: actor.gebruikerId,
    });
    await this.audit.log({
      actie: 'create',
      subjectType: 'Notitie',
      subjectId: id,
      persoonSleutel: r.bsn,
      doel: DOEL,
      resultaat: 'toegestaan',
    });
    return this.een(actor, id);
  }
}
