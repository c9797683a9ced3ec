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
import { actieveRegioIds, gemeenteVoorPc4, organisatieOpId } from '@rmc/server-organisaties';
import { maakPersoon, persoonIdMetBsn, persoonOpId, werkPersoonAdresBij } from '@rmc/server-personen';
import { CasusService } from './casus.service';
import {
  aantalContacten,
  casusVoorOverdracht,
  claimOverdracht,
  consulentNaamVan,
  laatsteScanVan,
  lopendeCasusVan,
  maakOvergenomenCasus,
  maakOverdracht,
  openActiesVoorPakket,
  overdrachtOpId,
  overdrachtPagina,
  sluitAlsOvergedragen,
  trekDelingenIn,
  voegOvergedragenActieToe,
  voegOvergedragenScanToe,
  zetNieuweCasus,
} from './data/overdracht.queries';
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
    const c = await casusVoorOverdracht(this.db, casusId);
    await this.access.zichtbaar('share', 'Casus', casusId, c ? { id: c.id, regioId: c.regio_id } : undefined, 'Deze casus');
    if (['afgesloten', 'nazorg', 'beeindigd'].includes(c!.fase))
      throw Conflict('casus-gesloten', 'Een afgesloten casus kan niet meer worden overgedragen.');
    let postcode: string | null = null;
    if (dto.soort === 'regio') {
      if (!dto.naarRegioId) throw Ongeldig([{ field: 'naarRegioId', message: 'Kies de ontvangende regio.' }]);
      if (dto.naarRegioId === actor.regioId)
        throw Ongeldig([{ field: 'naarRegioId', message: 'Kies een andere regio dan uw eigen regio.' }]);
      if (!(await actieveRegioIds(this.db, [dto.naarRegioId])).length)
        throw Ongeldig([{ field: 'naarRegioId', message: 'Deze regio is niet (meer) aangesloten bij het platform.' }]);
      const pc = dto.nieuwePostcode ? parsePostcode(dto.nieuwePostcode) : null;
      if (!pc) throw Ongeldig([{ field: 'nieuwePostcode', message: 'Vul de nieuwe postcode van de jongere in (1234 AB).' }]);
      const route = await gemeenteVoorPc4(this.db, pc.pc4);
      if (route?.regio_id !== dto.naarRegioId)
        throw Ongeldig([{ field: 'nieuwePostcode', message: 'Deze postcode ligt niet in de gekozen regio.' }]);
      postcode = pc.postcode;
    } else {
      const org = dto.naarOrganisatieId ? await organisatieOpId(this.db, dto.naarOrganisatieId) : undefined;
      if (!org?.actief || !['leerplicht', 'werk-en-inkomen'].includes(org.soort))
        throw Ongeldig([{ field: 'naarOrganisatieId', message: 'Kies leerplicht of Werk & Inkomen van uw regio.' }]);
    }
    const persoon = await persoonOpId(this.db, c!.persoon_id);
    // The package keeps exactly these fields, in this order.
    const p: Pakket['persoon'] | undefined = persoon && {
      bsn: persoon.bsn,
      voornaam: persoon.voornaam,
      achternaam: persoon.achternaam,
      geboortedatum: persoon.geboortedatum,
      postcode: persoon.postcode,
      telefoon: persoon.telefoon,
      email: persoon.email,
    };
    const scan = await laatsteScanVan(this.db, casusId);
    const acties = await openActiesVoorPakket(this.db, casusId);
    const contacten = await aantalContacten(this.db, casusId);
    const pakket: Pakket = {
      persoon: { ...p!, postcode: postcode ?? p!.postcode },
      doelgroep: c!.doelgroep,
      fase: c!.fase,
      laatsteScan: scan ?? null,
      openActies: acties,
      contacten,
      overgedragenDoor: actor.naam,
    };
    await maakOverdracht(this.db, {
      regioId: c!.regio_id,
      naarRegioId: dto.soort === 'regio' ? (dto.naarRegioId ?? null) : null,
      naarOrganisatieId: dto.soort === 'organisatie' ? (dto.naarOrganisatieId ?? null) : null,
      casusId,
      grondslag: dto.grondslag,
      toelichting: dto.toelichting ?? null,
      pakket: JSON.stringify(pakket),
      door: actor.gebruikerId,
    });
    await sluitAlsOvergedragen(this.db, casusId);
    // The receiver works the case now: partners of the sending region lose their view of it.
    await trekDelingenIn(this.db, casusId);
    // The school that filed a melding for this case hears that the case left the region (DUO: overige).
    const consulentNaam = await consulentNaamVan(this.db, casusId);
    await this.casus.meldAfsluitingAanSchool(actor, { id: casusId, consulent_naam: consulentNaam }, 'overgedragen');
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
    const rows = await overdrachtPagina<{
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
      this.db,
      {
        na: naCursor(OVERDRACHT_SLEUTEL, cursor, p),
        orde: ordening(OVERDRACHT_SLEUTEL),
        limit: p(limit + 1),
        sleutel: tijdSleutel('o.aangeboden_op'),
      },
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
    const o = await overdrachtOpId<Pakket>(this.db, id);
    if (!o || o.naar_regio_id !== actor.regioId) throw NietGevonden('Deze overdracht');
    if (!o.pakket?.persoon)
      throw Conflict(
        'pakket-gewist',
        'De gegevens in dit pakket zijn gewist; vraag de verzendende regio om een nieuwe overdracht.',
      );
    // Claim first: of two concurrent accepts only one gets the row; the other finds it accepted.
    if (!(await claimOverdracht(this.db, id))) throw Conflict('al-geaccepteerd', 'Deze overdracht is al geaccepteerd.');
    const p = o.pakket.persoon;
    const gemeenteCode = (await gemeenteVoorPc4(this.db, Number(p.postcode.slice(0, 4))))?.code ?? null;
    let persoon = await persoonIdMetBsn(this.db, p.bsn);
    if (!persoon)
      persoon = {
        id: await maakPersoon(this.db, {
          regioId: actor.regioId!,
          bsn: p.bsn,
          voornaam: p.voornaam,
          achternaam: p.achternaam,
          geboortedatum: p.geboortedatum,
          postcode: p.postcode,
          gemeenteCode,
          telefoon: p.telefoon,
          email: p.email,
        }),
      };
    else await werkPersoonAdresBij(this.db, persoon.id, p.postcode, gemeenteCode);
    // Already known here with a case still being worked: the package joins that case (one open case per person).
    const open = await lopendeCasusVan(this.db, persoon.id);
    const casus = open ?? {
      id: await maakOvergenomenCasus(this.db, {
        regioId: actor.regioId,
        persoonId: persoon.id,
        doelgroep: o.pakket.doelgroep,
        consulentId: actor.gebruikerId,
        oordeel: JSON.stringify({ actieNodig: true, toelichting: 'Overgenomen via warme overdracht.' }),
      }),
    };
    // The receiving consulent continues with the sender's open actions and last life-domain scan.
    for (const a of o.pakket.openActies ?? [])
      await voegOvergedragenActieToe(this.db, {
        casusId: casus.id,
        regioId: actor.regioId,
        omschrijving: `${a.omschrijving} (overgedragen)`,
        deadline: a.deadline,
      });
    if (o.pakket.laatsteScan)
      await voegOvergedragenScanToe(this.db, {
        casusId: casus.id,
        regioId: actor.regioId,
        datum: o.pakket.laatsteScan.datum,
        scores: JSON.stringify(o.pakket.laatsteScan.scores),
        door: actor.gebruikerId,
      });
    await zetNieuweCasus(this.db, id, casus.id);
    await this.audit.log({
      actie: open ? 'update' : 'create',
      subjectType: 'Casus',
      subjectId: casus.id,
      persoonSleutel: p.bsn,
      doel: 'warme overdracht',
      resultaat: 'toegestaan',
    });
    return { casusId: casus.id, bestaandeCasus: Boolean(open) };
  }

  /** Leerplicht or W&I confirms it received a handover to its organisation (no case is made here). */
  async bevestigOntvangst(actor: Actor, id: string): Promise<OntvangstResultaat> {
    const o = await overdrachtOpId<Pakket>(this.db, id);
    if (!o || !actor.organisatieId || o.naar_organisatie_id !== actor.organisatieId) throw NietGevonden('Deze overdracht');
    if (!(await claimOverdracht(this.db, id)))
      throw Conflict('al-geaccepteerd', 'De ontvangst van deze overdracht is al bevestigd.');
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
