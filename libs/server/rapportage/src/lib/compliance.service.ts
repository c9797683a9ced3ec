import { Injectable } from '@nestjs/common';
import { AuditService, Db, Ongeldig, RecordAccess, type Actor } from '@rmc/server-core';
import type { ComplianceCijfers, ComplianceResponse, ComplianceVestiging } from '@rmc/shared-api-types';
import {
  aandeel,
  amsterdamDatum,
  binnenNorm,
  gemiddelde,
  maandVan,
  MELDING_SOORT_LABELS,
  ONDERDRUK_DREMPEL,
  oppakCijfers,
  oppakUitkomst,
  reactieWerkdagen,
  schooljaarGrenzen,
  schooljaarMaanden,
  schooljaarVan,
  STANDAARD_MELDING_SOORTEN,
  STANDAARD_NORMEN,
  telling,
  type MeldingNorm,
} from '@rmc/shared-domain';
import { regioNamen as leesRegioNamen, vestigingenMetInstelling } from '@rmc/server-organisaties';
import { agendaNormen } from '@rmc/server-verzuimagenda';
import { complianceMeldingen } from './data/compliance.queries';
import type { ComplianceQueryDto } from './dto';

/** Only what the figures need: no person, no free text. */
interface Rij {
  vestigingId: string;
  regioId: string | null;
  soort: string;
  agendaId: string | null;
  begindatum: string;
  gemeldOpDatum: string;
  volledig: boolean;
  oppakDeadline: string | null;
  opgepaktOp: Date | null;
  teruggemeldOp: Date | null;
}

interface Berekend extends Rij {
  norm: MeldingNorm | undefined;
  opgepaktDatum: string | null;
  teruggemeldDatum: string | null;
}

/** What the figures need of one melding, derived once (the domain rules run once per melding, not per figure). */
interface Afgeleid {
  regioId: string | null;
  soort: string;
  maand: string;
  volledig: boolean;
  binnen: boolean;
  uitkomst: ReturnType<typeof oppakUitkomst>;
  oppakDagen: number | null;
  terugDagen: number | null;
}

interface Context {
  perspectief: 'regio' | 'school';
  maanden: string[];
  soorten: { soort: string; label: string }[];
  regioNamen: Map<string, string>;
  vandaag: string;
}

const NIET_AANGESLOTEN = 'Regio niet aangesloten';

/**
 * Compliance with the verzuimagenda per vestiging (the "hotspot"). Each side sees only its own rows:
 * a region the meldingen routed to it, a school those of its own vestiging. The rows come from the
 * database function `compliance_meldingen`, which enforces both and returns no personal columns, so the
 * beleidsmedewerker never holds a student's data (the CASL rule for Compliance narrows further). Figures that describe the OTHER party — for a school the
 * region's pick-up and feedback and where its students come from — are cross-party: counts 1–4 are
 * suppressed and shares/means on fewer than 5 meldingen are withheld.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
  ) {}

  async cijfers(actor: Actor, q: ComplianceQueryDto, actie: 'read' | 'export' = 'read'): Promise<ComplianceResponse> {
    const vandaag = amsterdamDatum(new Date());
    const schooljaar = q.schooljaar ?? schooljaarVan(vandaag);
    const [a, b] = schooljaar.split('-').map(Number);
    if (b !== a + 1)
      throw Ongeldig([
        { field: 'schooljaar', message: 'Een schooljaar loopt van het ene jaar naar het volgende, bijvoorbeeld 2026-2027.' },
      ]);
    const perspectief = actor.regioId ? 'regio' : 'school';
    const scope = { regioId: q.regioId ?? actor.regioId ?? null, instellingId: q.instellingId ?? actor.instellingId ?? null };
    await this.access.zichtbaar('read', 'Compliance', q.instellingId ?? q.regioId ?? 'compliance', scope, 'Deze cijfers');

    const { van, tot } = schooljaarGrenzen(schooljaar);
    const w = this.access.where('read', 'Compliance', { regioId: 'm.regio_id', instellingId: 'm.instelling_id' });
    const params: unknown[] = [...w.params];
    const p = (v: unknown) => `$${params.push(v)}`;
    const periode = `${p(van)}::date, ${p(tot)}::date`;
    const voorwaarden = [w.sql];
    // A school session reads its own vestiging's meldingen (RLS: app_vestiging); said here too, for clarity.
    if (perspectief === 'school') voorwaarden.push(`m.vestiging_id = ${p(actor.vestigingId)}`);
    if (q.instellingId) voorwaarden.push(`m.instelling_id = ${p(q.instellingId)}`);
    if (q.regioId) voorwaarden.push(`m.regio_id = ${p(q.regioId)}`);
    const rows = await complianceMeldingen<Rij>(this.db.em, periode, voorwaarden, params);

    const normen = await this.agendaNormen(rows);
    const berekend: Berekend[] = rows.map((r) => ({
      ...r,
      norm: (r.agendaId ? normen.get(r.agendaId) : undefined)?.get(r.soort) ?? STANDAARD_NORMEN.find((n) => n.soort === r.soort),
      opgepaktDatum: r.opgepaktOp ? amsterdamDatum(new Date(r.opgepaktOp)) : null,
      teruggemeldDatum: r.teruggemeldOp ? amsterdamDatum(new Date(r.teruggemeldOp)) : null,
    }));

    const vestigingen = await this.vestigingen(
      [...new Set(rows.map((r) => r.vestigingId)), ...(perspectief === 'school' && actor.vestigingId ? [actor.vestigingId] : [])],
      perspectief === 'regio' ? (q.instellingId ?? null) : null,
    );
    const regioIds = [...new Set(rows.map((r) => r.regioId).filter((x): x is string => Boolean(x)))];
    const regioNamen = regioIds.length ? await leesRegioNamen(this.db.em, regioIds) : new Map<string, string>();
    const ctx: Context = {
      perspectief,
      maanden: schooljaarMaanden(schooljaar),
      soorten: this.soorten(berekend),
      regioNamen,
      vandaag,
    };

    const afgeleid: Afgeleid[] = [];
    const perVestiging = new Map<string, Afgeleid[]>();
    for (const r of berekend) {
      const a: Afgeleid = {
        regioId: r.regioId,
        soort: r.soort,
        maand: maandVan(r.gemeldOpDatum),
        volledig: r.volledig,
        binnen: binnenNorm(r, r.norm),
        uitkomst: oppakUitkomst(r.oppakDeadline, r.opgepaktDatum, vandaag),
        oppakDagen: reactieWerkdagen(r.gemeldOpDatum, r.opgepaktDatum),
        terugDagen: reactieWerkdagen(r.gemeldOpDatum, r.teruggemeldDatum),
      };
      afgeleid.push(a);
      const lijst = perVestiging.get(r.vestigingId);
      if (lijst) lijst.push(a);
      else perVestiging.set(r.vestigingId, [a]);
    }

    await this.audit.log({
      actie,
      subjectType: 'Compliance',
      subjectId: q.instellingId ?? q.regioId ?? null,
      doel: 'verantwoording',
      resultaat: 'toegestaan',
    });
    return {
      schooljaar,
      perspectief,
      instellingId: q.instellingId ?? (perspectief === 'school' ? actor.instellingId : null),
      regioId: q.regioId ?? actor.regioId,
      maanden: ctx.maanden,
      onderdrukDrempel: ONDERDRUK_DREMPEL,
      vestigingen: vestigingen.map((v): ComplianceVestiging => ({
        ...v,
        ...this.bereken(perVestiging.get(v.vestigingId) ?? [], ctx),
      })),
      totaal: this.bereken(afgeleid, ctx),
    };
  }

  /** The figures of a group of meldingen in one pass over them. */
  private bereken(rows: Afgeleid[], ctx: Context): ComplianceCijfers {
    // For a school, the region's handling and the students' home regions are the other party's figures.
    const cross = ctx.perspectief === 'school';
    const n = rows.length;
    let binnen = 0;
    let volledig = 0;
    let opTijd = 0;
    let teLaat = 0;
    let verlopen = 0;
    let open = 0;
    const oppakDagen: number[] = [];
    const terugDagen: number[] = [];
    const perMaand = new Map<string, number>();
    const perSoort = new Map<string, number>();
    const herkomst = new Map<string | null, number>();
    for (const r of rows) {
      if (r.binnen) binnen++;
      if (r.volledig) volledig++;
      if (r.uitkomst === 'op-tijd') opTijd++;
      else if (r.uitkomst === 'te-laat') teLaat++;
      else if (r.uitkomst === 'verlopen') verlopen++;
      else if (r.uitkomst === 'open') open++;
      if (r.oppakDagen !== null) oppakDagen.push(r.oppakDagen);
      if (r.terugDagen !== null) terugDagen.push(r.terugDagen);
      perMaand.set(r.maand, (perMaand.get(r.maand) ?? 0) + 1);
      perSoort.set(r.soort, (perSoort.get(r.soort) ?? 0) + 1);
      herkomst.set(r.regioId, (herkomst.get(r.regioId) ?? 0) + 1);
    }

    // Open items past their term are late: in the count and in the share on time (one story).
    const oppak = oppakCijfers({ opTijd, teLaat, verlopen, open }, cross);
    return {
      totaal: telling(n, false),
      perMaand: ctx.maanden.map((maand) => ({ maand, aantal: telling(perMaand.get(maand) ?? 0, false) })),
      perSoort: ctx.soorten.map((s) => ({ ...s, aantal: telling(perSoort.get(s.soort) ?? 0, false) })),
      binnenNorm: { aantal: telling(binnen, false), aandeel: aandeel(binnen, n) },
      volledig: { aantal: telling(volledig, false), aandeel: aandeel(volledig, n) },
      oppak: {
        opgepakt: telling(oppakDagen.length, cross),
        gemiddeldWerkdagen: gemiddelde(oppakDagen, cross),
        opTijd: telling(oppak.opTijd, cross),
        teLaat: telling(oppak.teLaat, cross),
        verlopen: telling(oppak.verlopen, cross),
        open: telling(oppak.open, cross),
        aandeelOpTijd: oppak.aandeelOpTijd,
      },
      terugkoppeling: {
        teruggemeld: telling(terugDagen.length, cross),
        gemiddeldWerkdagen: gemiddelde(terugDagen, cross),
        aandeel: aandeel(terugDagen.length, n, cross),
      },
      herkomst: [...herkomst.entries()]
        .map(([regioId, aantal]) => ({
          regioId,
          regioNaam: regioId ? (ctx.regioNamen.get(regioId) ?? 'Onbekende regio') : NIET_AANGESLOTEN,
          aantal: telling(aantal, cross),
        }))
        .sort((x, y) => x.regioNaam.localeCompare(y.regioNaam, 'nl')),
    };
  }

  /** The norms of the agendas the meldingen were filed under (an agenda the caller cannot see falls back to the standard). */
  private async agendaNormen(rows: Rij[]): Promise<Map<string, Map<string, MeldingNorm>>> {
    const ids = [...new Set(rows.map((r) => r.agendaId).filter((x): x is string => Boolean(x)))];
    if (!ids.length) return new Map();
    const agendas = await agendaNormen<MeldingNorm>(this.db.em, ids);
    return new Map(agendas.map((a) => [a.id, new Map((a.normen ?? []).map((n) => [n.soort, n]))]));
  }

  /** The standard kinds always (stable chart axes), then any kind an agenda added. */
  private soorten(rows: Berekend[]): { soort: string; label: string }[] {
    const labels = new Map<string, string>(STANDAARD_MELDING_SOORTEN.map((s) => [s, MELDING_SOORT_LABELS[s] ?? s]));
    for (const r of rows) if (!labels.has(r.soort)) labels.set(r.soort, r.norm?.label ?? r.soort);
    return [...labels.entries()].map(([soort, label]) => ({ soort, label }));
  }

  private async vestigingen(
    ids: string[],
    instellingId: string | null,
  ): Promise<Array<Pick<ComplianceVestiging, 'vestigingId' | 'vestigingNaam' | 'instellingId' | 'instellingNaam'>>> {
    return vestigingenMetInstelling(this.db.em, ids, instellingId);
  }
}
