import { Injectable } from '@nestjs/common';
import { AuditService, Conflict, Db, Ongeldig, RecordAccess, type Actor, type FieldError } from '@rmc/server-core';
import { canOnRecord } from '@rmc/shared-authz';
import type {
  AgendaPartijDto,
  AgendaVersieDto,
  VerzuimagendaDto,
  VerzuimagendaSamenvatting,
  VerzuimagendaVerschillen,
} from '@rmc/shared-api-types';
import {
  agendaGeldig,
  agendaOvergang,
  agendaVerschillen,
  amsterdamDatum,
  STANDAARD_NORMEN,
  VELD_LABELS,
  type AgendaInhoud,
  type Goedkeuring,
  type MeldingNorm,
} from '@rmc/shared-domain';
import { actieveRegioIds, instellingBestaat, regioNamen, vestigingenVanInstelling } from '@rmc/server-organisaties';
import {
  agendaBestaat,
  agendaInhoud,
  agendaLijst,
  agendaOpId,
  agendaVersies,
  maakAgenda,
  maakNieuweVersie,
  opvolgerVan,
  vervangAndereVersies,
  wijzigAgendaInhoud,
  zetAgendaStatus,
  zetGoedkeuringen,
  type AgendaRij,
} from './data/verzuimagenda.queries';
import type { AgendaInhoudDto, AgendaLijstQueryDto, VerzuimagendaCreateDto, VerzuimagendaInhoudDto } from './dto';
import { geldendeNormen } from './normen';

/** CASL condition fields → SQL (regioIds is an array column: "contains"). */
const COLS = { instellingId: 'a.instelling_id', regioIds: '[]a.regio_ids', id: 'a.id' };

/** The instelling's party key in `goedkeuringen`; a region's key is its id. */
export const INSTELLING_PARTIJ = 'instelling';
/** The legal melding: an agenda may tune it, never drop it. */
const WETTELIJKE_SOORT = 'aaneengesloten-4-weken';
/** Fields every kind keeps required (the legal core of the Besluit Verzuimmelding). */
const WETTELIJK_VERPLICHT = STANDAARD_NORMEN.map((n) => n.verplichteVelden).reduce((a, b) => a.filter((v) => b.includes(v)));

export type { AgendaRij };

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const vandaag = () => amsterdamDatum(new Date());

function uniekeSchending(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } };
  return err?.code === '23505' || err?.driverError?.code === '23505';
}

/** Start content of a new agenda: the standard norms, no contact persons yet. */
export function startInhoud(): AgendaInhoud {
  return {
    normen: STANDAARD_NORMEN.map((n) => ({ ...n })),
    contactpersonen: [],
    preventie: { verzuimspreekuur: false, rmcOpLocatie: '', overig: '' },
    startoverleg: '',
  };
}

/**
 * The verzuimagenda: one per MBO instelling per school year, shared by the instelling and the regions
 * that are party to it. Visible to its parties only (CASL here, RLS in PostgreSQL); every state change
 * is audited. A vastgesteld version is never edited: a change makes a new version.
 */
@Injectable()
export class VerzuimagendaService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
  ) {}

  // ─── reads ────────────────────────────────────────────────────────────────────────────────

  async lijst(q: AgendaLijstQueryDto): Promise<VerzuimagendaSamenvatting[]> {
    const w = this.access.where('read', 'Verzuimagenda', COLS);
    const params = [...w.params];
    const extra: string[] = [];
    if (q.instellingId) extra.push(`a.instelling_id = $${params.push(q.instellingId)}`);
    if (q.schooljaar) extra.push(`a.schooljaar = $${params.push(q.schooljaar)}`);
    const rows = await agendaLijst(this.db.em, `${w.sql}${extra.map((e) => ` AND ${e}`).join('')}`, params);
    const namen = await this.regioNamen(rows.flatMap((r) => r.regioIds));
    return rows.map((r) => this.samenvatting(r, namen));
  }

  async een(actor: Actor, id: string): Promise<VerzuimagendaDto> {
    return this.detail(actor, await this.rij(id, 'read'));
  }

  async verschillen(id: string): Promise<VerzuimagendaVerschillen> {
    const rij = await this.rij(id, 'read');
    const vorige = rij.vorigeVersieId ? await agendaInhoud(this.db.em, rij.vorigeVersieId) : undefined;
    return {
      id: rij.id,
      versie: rij.versie,
      vorigeVersieId: vorige ? rij.vorigeVersieId : null,
      vorigeVersie: vorige?.versie ?? null,
      verschillen: vorige ? agendaVerschillen(vorige.inhoud, rij.inhoud) : [],
    };
  }

  /** For the PDF export: the detail plus an audit row (export of a shared agreement). */
  async voorExport(actor: Actor, id: string): Promise<VerzuimagendaDto> {
    const agenda = await this.een(actor, id);
    await this.audit.log({
      actie: 'export',
      subjectType: 'Verzuimagenda',
      subjectId: id,
      doel: 'verzuimagenda',
      resultaat: 'toegestaan',
    });
    return agenda;
  }

  /** The norms in force (see normen.ts), in the caller's transaction. */
  geldendeNormen(
    instellingId: string,
    datum: string,
    regioId?: string | null,
  ): Promise<{ agendaId: string | null; normen: MeldingNorm[] }> {
    return geldendeNormen(this.db, instellingId, datum, regioId);
  }

  // ─── changes ──────────────────────────────────────────────────────────────────────────────

  async maak(actor: Actor, input: VerzuimagendaCreateDto): Promise<VerzuimagendaDto> {
    const [van, tot] = input.schooljaar.split('-').map(Number);
    if (tot !== van + 1)
      throw Ongeldig([
        { field: 'schooljaar', message: 'Een schooljaar loopt van het ene jaar naar het volgende, bijvoorbeeld 2026-2027.' },
      ]);
    if (!(await instellingBestaat(this.db.em, input.instellingId)))
      throw Ongeldig([{ field: 'instellingId', message: 'Deze instelling bestaat niet.' }]);
    const regios = await actieveRegioIds(this.db.em, input.regioIds);
    if (regios.length !== input.regioIds.length)
      throw Ongeldig([{ field: 'regioIds', message: 'Kies regio’s die op het platform zijn aangesloten.' }]);
    if (
      !canOnRecord(this.access.ability, 'create', 'Verzuimagenda', { instellingId: input.instellingId, regioIds: input.regioIds })
    ) {
      await this.audit.logRefusal({
        actie: 'create',
        subjectType: 'Verzuimagenda',
        subjectId: input.instellingId,
        doel: 'toegangscontrole',
      });
      throw Ongeldig([
        actor.regioId
          ? { field: 'regioIds', message: 'Uw eigen regio moet partij zijn bij de agenda.' }
          : { field: 'instellingId', message: 'U kunt alleen een agenda voor uw eigen instelling aanmaken.' },
      ]);
    }
    if (await agendaBestaat(this.db.em, input.instellingId, input.schooljaar)) throw this.bestaatAl();
    let id: string;
    try {
      id = await maakAgenda(this.db.em, {
        instellingId: input.instellingId,
        schooljaar: input.schooljaar,
        inhoud: startInhoud(),
        regioIds: input.regioIds,
      });
    } catch (e) {
      // An agenda of parties the caller cannot see (RLS) still holds the (instelling, schooljaar) slot.
      if (uniekeSchending(e)) throw this.bestaatAl();
      throw e;
    }
    await this.audit.log({
      actie: 'create',
      subjectType: 'Verzuimagenda',
      subjectId: id,
      doel: 'verzuimagenda',
      resultaat: 'toegestaan',
    });
    return this.een(actor, id);
  }

  /**
   * concept: edited in place; ter accordering: back to concept, approvals cleared; vastgesteld: a new
   * version (concept) is made and answered, the old one stays in force until the new one is vastgesteld.
   */
  async wijzigInhoud(actor: Actor, id: string, input: VerzuimagendaInhoudDto): Promise<VerzuimagendaDto> {
    const rij = await this.rij(id, 'update', true);
    const overgang = agendaOvergang(rij.status, 'wijzigen', this.goedkeuringLijst(rij));
    if ('fout' in overgang) throw Conflict('agenda-status', overgang.fout);
    const inhoud = await this.valideerInhoud(input.inhoud, rij.instellingId);
    if (overgang.nieuweVersie) {
      if (agendaVerschillen(rij.inhoud, inhoud).length === 0) return this.detail(actor, rij);
      const opvolger = await opvolgerVan(this.db.em, id);
      if (opvolger)
        throw Conflict(
          'nieuwere-versie',
          `Er is al een nieuwere versie (versie ${opvolger.versie}) van deze agenda; wijzig die versie.`,
        );
      let nieuwId: string;
      try {
        nieuwId = await maakNieuweVersie(this.db.em, {
          instellingId: rij.instellingId,
          schooljaar: rij.schooljaar,
          inhoud,
          regioIds: rij.regioIds,
          vorigeVersieId: id,
        });
      } catch (e) {
        if (uniekeSchending(e))
          throw Conflict('nieuwere-versie', 'Er is zojuist een nieuwere versie van deze agenda gemaakt; laad de agenda opnieuw.');
        throw e;
      }
      await this.audit.log({
        actie: 'create',
        subjectType: 'Verzuimagenda',
        subjectId: nieuwId,
        doel: 'verzuimagenda',
        resultaat: 'toegestaan',
      });
      return this.een(actor, nieuwId);
    }
    await wijzigAgendaInhoud(this.db.em, id, inhoud, overgang.status);
    await this.audit.log({
      actie: 'update',
      subjectType: 'Verzuimagenda',
      subjectId: id,
      doel: 'verzuimagenda',
      resultaat: 'toegestaan',
    });
    return this.een(actor, id);
  }

  async indienen(actor: Actor, id: string): Promise<VerzuimagendaDto> {
    const rij = await this.rij(id, 'update', true);
    const overgang = agendaOvergang(rij.status, 'indienen', this.goedkeuringLijst(rij));
    if ('fout' in overgang) throw Conflict('agenda-status', overgang.fout);
    await zetAgendaStatus(this.db.em, id, overgang.status);
    await this.audit.log({
      actie: 'update',
      subjectType: 'Verzuimagenda',
      subjectId: id,
      doel: 'verzuimagenda-indienen',
      resultaat: 'toegestaan',
    });
    return this.een(actor, id);
  }

  /** Records the approval of the caller's party; the last one makes the agenda vastgesteld (the previous version becomes vervangen). */
  async goedkeuren(actor: Actor, id: string): Promise<VerzuimagendaDto> {
    const rij = await this.rij(id, 'approve', true);
    const partij = this.partijVan(actor, rij);
    if (!partij) throw Conflict('geen-partij', 'U bent geen partij bij deze agenda.');
    if (rij.status !== 'ter-accordering') throw Conflict('agenda-status', 'Deze agenda staat niet ter accordering.');
    if (rij.goedkeuringen[partij]) throw Conflict('al-goedgekeurd', 'Uw partij heeft deze versie al goedgekeurd.');
    const goedkeuringen = {
      ...rij.goedkeuringen,
      [partij]: { op: new Date().toISOString(), door: actor.gebruikerId, doorNaam: actor.naam },
    };
    const overgang = agendaOvergang(rij.status, 'goedkeuren', this.goedkeuringLijst({ ...rij, goedkeuringen }));
    if ('fout' in overgang) throw Conflict('agenda-status', overgang.fout);
    const vastgesteld = overgang.status === 'vastgesteld';
    await zetGoedkeuringen(this.db.em, id, goedkeuringen, overgang.status, vastgesteld);
    await this.audit.log({
      actie: 'update',
      subjectType: 'Verzuimagenda',
      subjectId: id,
      doel: 'verzuimagenda-goedkeuren',
      resultaat: 'toegestaan',
    });
    if (vastgesteld) {
      // One agenda in force per instelling and school year: earlier vastgestelde versions are replaced.
      const vervangen = await vervangAndereVersies(this.db.em, rij.instellingId, rij.schooljaar, id);
      for (const v of vervangen)
        await this.audit.log({
          actie: 'update',
          subjectType: 'Verzuimagenda',
          subjectId: v,
          doel: 'verzuimagenda-vervangen',
          resultaat: 'toegestaan',
        });
    }
    return this.een(actor, id);
  }

  // ─── helpers ──────────────────────────────────────────────────────────────────────────────

  private bestaatAl() {
    return Conflict(
      'agenda-bestaat',
      'Er is al een verzuimagenda voor deze instelling en dit schooljaar. Vraag de instelling om uw regio als partij te betrekken.',
      [{ field: 'schooljaar', message: 'Voor dit schooljaar bestaat al een agenda van deze instelling.' }],
    );
  }

  private async rij(id: string, actie: 'read' | 'update' | 'approve', lock = false): Promise<AgendaRij> {
    const row = await agendaOpId(this.db.em, id, lock);
    return this.access.zichtbaar(actie, 'Verzuimagenda', id, row, 'Deze verzuimagenda');
  }

  /** The caller's party: the instelling for its school users, the region for region users. */
  private partijVan(actor: Actor, rij: Pick<AgendaRij, 'instellingId' | 'regioIds'>): string | null {
    if (actor.regioId) return rij.regioIds.includes(actor.regioId) ? actor.regioId : null;
    return actor.instellingId === rij.instellingId ? INSTELLING_PARTIJ : null;
  }

  private partijen(rij: Pick<AgendaRij, 'regioIds'>): string[] {
    return [INSTELLING_PARTIJ, ...rij.regioIds];
  }

  private goedkeuringLijst(rij: Pick<AgendaRij, 'regioIds' | 'goedkeuringen'>): Goedkeuring[] {
    return this.partijen(rij).map((partij) => ({ partij, goedgekeurd: Boolean(rij.goedkeuringen[partij]) }));
  }

  private async regioNamen(ids: string[]): Promise<Map<string, string>> {
    const uniek = [...new Set(ids)];
    if (!uniek.length) return new Map();
    return regioNamen(this.db.em, uniek);
  }

  private samenvatting(r: AgendaRij, namen: Map<string, string>): VerzuimagendaSamenvatting {
    const partijen: AgendaPartijDto[] = this.partijen(r).map((partij) => {
      const akkoord = r.goedkeuringen[partij];
      return {
        partij,
        soort: partij === INSTELLING_PARTIJ ? 'instelling' : 'regio',
        naam: partij === INSTELLING_PARTIJ ? r.instellingNaam : (namen.get(partij) ?? 'Onbekende regio'),
        goedgekeurd: Boolean(akkoord),
        goedgekeurdOp: akkoord?.op ?? null,
        goedgekeurdDoor: akkoord?.doorNaam ?? null,
      };
    });
    return {
      id: r.id,
      instellingId: r.instellingId,
      instellingNaam: r.instellingNaam,
      schooljaar: r.schooljaar,
      versie: r.versie,
      status: r.status,
      geldig: agendaGeldig(r.status, r.schooljaar, vandaag()),
      regioIds: r.regioIds,
      partijen,
      vorigeVersieId: r.vorigeVersieId,
      gewijzigdOp: iso(r.gewijzigdOp)!,
      vastgesteldOp: iso(r.vastgesteldOp),
    };
  }

  private async detail(actor: Actor, r: AgendaRij): Promise<VerzuimagendaDto> {
    const namen = await this.regioNamen(r.regioIds);
    const versies = await agendaVersies(this.db.em, r.instellingId, r.schooljaar);
    const vestigingen = await vestigingenVanInstelling(this.db.em, r.instellingId);
    return {
      ...this.samenvatting(r, namen),
      inhoud: r.inhoud,
      aangemaaktOp: iso(r.aangemaaktOp)!,
      eigenPartij: this.partijVan(actor, r),
      versies: versies.map((v): AgendaVersieDto => ({
        id: v.id,
        versie: v.versie,
        status: v.status,
        vastgesteldOp: iso(v.vastgesteldOp),
        gewijzigdOp: iso(v.gewijzigdOp)!,
      })),
      vestigingen,
    };
  }

  /** Builds the canonical content and checks what the DTO cannot: unique kinds, the legal core, own vestigingen. */
  private async valideerInhoud(input: AgendaInhoudDto, instellingId: string): Promise<AgendaInhoud> {
    const fouten: FieldError[] = [];
    const soorten = new Set<string>();
    input.normen.forEach((n, i) => {
      if (soorten.has(n.soort))
        fouten.push({ field: `inhoud.normen.${i}.soort`, message: 'Deze soort melding staat al eerder in de agenda.' });
      soorten.add(n.soort);
      const mist = WETTELIJK_VERPLICHT.filter((v) => !n.verplichteVelden.includes(v));
      if (mist.length)
        fouten.push({
          field: `inhoud.normen.${i}.verplichteVelden`,
          message: `Deze wettelijke velden blijven verplicht: ${mist.map((v) => VELD_LABELS[v] ?? v).join(', ')}.`,
        });
    });
    if (!soorten.has(WETTELIJKE_SOORT))
      fouten.push({
        field: 'inhoud.normen',
        message: 'De wettelijke melding na 4 aaneengesloten schoolweken moet in de agenda staan.',
      });
    const eigen = new Set((await vestigingenVanInstelling(this.db.em, instellingId)).map((v) => v.id));
    const gezien = new Set<string>();
    input.contactpersonen.forEach((c, i) => {
      if (!eigen.has(c.vestigingId))
        fouten.push({ field: `inhoud.contactpersonen.${i}.vestigingId`, message: 'Kies een vestiging van deze instelling.' });
      else if (gezien.has(c.vestigingId))
        fouten.push({
          field: `inhoud.contactpersonen.${i}.vestigingId`,
          message: 'Voor deze vestiging staan al contactpersonen in de agenda.',
        });
      gezien.add(c.vestigingId);
    });
    if (fouten.length) throw Ongeldig(fouten);
    return {
      normen: input.normen.map((n) => ({
        soort: n.soort,
        label: n.label.trim(),
        ...(n.minUren != null ? { minUren: n.minUren } : {}),
        ...(n.minDagen != null ? { minDagen: n.minDagen } : {}),
        verplichteVelden: [...n.verplichteVelden],
        aanbevolenVelden: [...n.aanbevolenVelden],
        actieGewenstWanneer: n.actieGewenstWanneer.trim(),
        voorafDoorSchool: n.voorafDoorSchool.trim(),
        actieRegio: n.actieRegio.trim(),
        oppakTermijnWerkdagen: n.oppakTermijnWerkdagen,
        terugkoppeling: n.terugkoppeling.trim(),
        aaneengesloten: n.aaneengesloten,
      })),
      contactpersonen: input.contactpersonen.map((c) => ({
        vestigingId: c.vestigingId,
        schoolContact: c.schoolContact.trim(),
        regioContact: c.regioContact.trim(),
      })),
      preventie: {
        verzuimspreekuur: input.preventie.verzuimspreekuur,
        rmcOpLocatie: input.preventie.rmcOpLocatie.trim(),
        overig: input.preventie.overig.trim(),
      },
      startoverleg: input.startoverleg.trim(),
    };
  }
}
