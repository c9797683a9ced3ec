import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CasusDto, CasusVerzuimDto, PlanActieDto } from '@rmc/shared-api-types';
import { BadgeComponent, formatDatum } from '@rmc/portal-ui';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { CONTACTVORM_LABELS, DOELGROEP_LABELS, FASE_LABELS, UITKOMST_LABELS, actieStatusBadge } from '../casus/casus-teksten';
import { ScanTabelComponent } from '../casus/scan-tabel.component';

/**
 * A case as the API returned it for this viewer (in a meeting: through the viewer's own slice). Only
 * the keys that are present are shown; nothing is filled in or guessed for a missing part.
 */
@Component({
  selector: 'rmc-casus-inzage',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BadgeComponent, ScanTabelComponent],
  template: `
    @let c = casus();
    @if (heeftGegevens()) {
      <div role="heading" [attr.aria-level]="niveau()" class="rmc-inzage__kop">Gegevens</div>
      <dl class="rmc-gegevens rmc-gegevens--compact">
        @if (c.persoon; as p) {
          <dt>Naam</dt>
          <dd>{{ p.voornaam }} {{ p.achternaam }}</dd>
          <dt>Geboortedatum</dt>
          <dd>{{ datum(p.geboortedatum) }}</dd>
        }
        @if (c.fase; as fase) {
          <dt>Fase</dt>
          <dd>{{ faseLabels[fase] ?? fase }}</dd>
        }
        @if (c.doelgroep; as d) {
          <dt>Doelgroep</dt>
          <dd>{{ doelgroepLabels[d] ?? d }}</dd>
        }
        @if (c.consulentNaam !== undefined) {
          <dt>Consulent</dt>
          <dd>{{ c.consulentNaam ?? 'Geen consulent' }}</dd>
        }
        @if (c.regie; as r) {
          <dt>Procesregie</dt>
          <dd>{{ r.procesregie ?? 'Nog niet vastgelegd' }}</dd>
          <dt>Casusregie</dt>
          <dd>{{ r.casusregie ?? 'Nog niet vastgelegd' }}</dd>
        }
      </dl>
    }

    @if (c.contact; as k) {
      <div role="heading" [attr.aria-level]="niveau()" class="rmc-inzage__kop">Contactgegevens</div>
      <dl class="rmc-gegevens rmc-gegevens--compact">
        <dt>Telefoon</dt>
        <dd>{{ k.telefoon || 'Onbekend' }}</dd>
        <dt>E-mailadres</dt>
        <dd>{{ k.email || 'Onbekend' }}</dd>
        <dt>Postcode</dt>
        <dd>{{ k.postcode }}</dd>
      </dl>
    }

    @if (c.leefgebieden) {
      <div role="heading" [attr.aria-level]="niveau()" class="rmc-inzage__kop">Leefgebieden</div>
      @if (laatsteScan(); as scan) {
        <rmc-scan-tabel
          [scores]="scan.scores"
          [bijschrift]="'Laatste scan (' + datum(scan.datum) + '), score 1 (acuut) tot 5 (zelfredzaam)'"
          [bijschriftId]="prefix() + '-scan'"
        />
      } @else {
        <p class="utrecht-paragraph">Er zijn (nog) geen scores die u mag zien.</p>
      }
    }

    @if (actieDeel(); as deel) {
      <div role="heading" [attr.aria-level]="niveau()" class="rmc-inzage__kop">{{ deel.kop }}</div>
      <ul class="utrecht-unordered-list">
        @for (a of deel.acties; track a.id) {
          <li class="utrecht-unordered-list__item">
            {{ a.omschrijving }} — {{ a.eigenaar ?? 'RMC-consulent' }}, deadline {{ datum(a.deadline) || 'geen' }}
            <rmc-badge [soort]="badge(a).soort">{{ badge(a).tekst }}</rmc-badge>
            @if (overTijd(a)) {
              {{ ' ' }}<rmc-badge soort="fout">Over tijd</rmc-badge>
            }
          </li>
        } @empty {
          <li class="utrecht-unordered-list__item">{{ deel.leeg }}</li>
        }
      </ul>
    }

    @if (c.contactmomenten) {
      <div role="heading" [attr.aria-level]="niveau()" class="rmc-inzage__kop">Laatste contactmomenten</div>
      <ul class="utrecht-unordered-list">
        @for (m of laatsteContacten(); track $index) {
          <li class="utrecht-unordered-list__item">
            {{ datum(m.datum) }}: {{ vormLabels[m.vorm] ?? m.vorm }}, {{ uitkomstLabels[m.uitkomst] ?? m.uitkomst }}
            @if (m.notitie) {
              <span class="rmc-gegevens__tekst"> — {{ m.notitie }}</span>
            }
          </li>
        } @empty {
          <li class="utrecht-unordered-list__item">Nog geen contactmomenten.</li>
        }
      </ul>
    }

    @if (c.verzuim; as verzuim) {
      <div role="heading" [attr.aria-level]="niveau()" class="rmc-inzage__kop">Verzuim</div>
      <ul class="utrecht-unordered-list">
        @for (v of verzuim; track v.id) {
          <li class="utrecht-unordered-list__item">
            {{ verzuimTekst(v) }}
          </li>
        } @empty {
          <li class="utrecht-unordered-list__item">Geen verzuimmeldingen.</li>
        }
      </ul>
    }

    @if (c.notities?.length) {
      <div role="heading" [attr.aria-level]="niveau()" class="rmc-inzage__kop">Notities van partners</div>
      <ul class="utrecht-unordered-list">
        @for (n of c.notities; track $index) {
          <li class="utrecht-unordered-list__item">
            <span class="rmc-gegevens__tekst">{{ n.tekst }}</span>
            <span class="rmc-klein"> ({{ n.organisatie }}, {{ datum(n.op) }})</span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .rmc-inzage__kop {
      margin-block: 1.25rem 0.25rem;
      font-size: 1.125rem;
      font-weight: 700;
      color: var(--rmc-donkerblauw);
    }
    .utrecht-table__caption {
      font-size: 1rem;
      font-weight: 400;
    }
  `,
})
export class CasusInzageComponent {
  readonly casus = input.required<CasusDto>();
  /** Prefix for ids, unique on the page (several panels can be open at once). */
  readonly prefix = input.required<string>();
  /** Heading level of the parts (one below the surrounding heading). */
  readonly niveau = input(4);

  protected readonly datum = formatDatum;
  protected readonly faseLabels: Partial<Record<string, string>> = FASE_LABELS;
  protected readonly doelgroepLabels: Partial<Record<string, string>> = DOELGROEP_LABELS;
  protected readonly vormLabels: Partial<Record<string, string>> = CONTACTVORM_LABELS;
  protected readonly uitkomstLabels: Partial<Record<string, string>> = UITKOMST_LABELS;
  private readonly vandaag = vandaagInNederland();

  protected readonly heeftGegevens = computed(() => {
    const c = this.casus();
    return !!c.persoon || !!c.fase || !!c.doelgroep || c.consulentNaam !== undefined || !!c.regie;
  });
  protected readonly laatsteContacten = computed(() =>
    [...(this.casus().contactmomenten ?? [])].sort((a, b) => b.datum.localeCompare(a.datum)).slice(0, 3),
  );
  protected readonly laatsteScan = computed(() => this.casus().leefgebieden?.at(-1) ?? null);

  /** The whole plan (region) or only the own organisation's actions (partner), whichever was sent. */
  protected readonly actieDeel = computed(() => {
    const c = this.casus();
    if (c.acties) return { kop: 'Plan van aanpak', acties: c.acties, leeg: 'Het plan heeft nog geen acties.' };
    if (c.mijnActies)
      return { kop: 'Acties van uw organisatie', acties: c.mijnActies, leeg: 'Er zijn geen acties voor uw organisatie.' };
    return null;
  });
  protected readonly verzuimTekst = (v: CasusVerzuimDto) =>
    [
      `Melding vanaf ${formatDatum(v.begindatum)}`,
      v.verzuimDagen !== null ? `${v.verzuimDagen} dagen` : null,
      v.verzuimUren !== null ? `${v.verzuimUren} uur` : null,
    ]
      .filter(Boolean)
      .join(', ');
  protected readonly badge = (a: PlanActieDto) => actieStatusBadge(a.status);
  protected readonly overTijd = (a: PlanActieDto) => a.status === 'open' && !!a.deadline && a.deadline < this.vandaag;
}
