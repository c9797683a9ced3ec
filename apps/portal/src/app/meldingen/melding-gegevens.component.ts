import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MeldingDto } from '@rmc/shared-api-types';
import { formatDatum, formatMoment } from '@rmc/portal-ui';
import { GEBEURTENIS_LABELS, historieTekst, jaNee, soortLabel, vermoedelijkeSoortLabel, zorgLabel } from './melding-teksten';

interface Regel {
  label: string;
  waarde: string;
}
interface Groep {
  kop: string;
  regels: Regel[];
}

/**
 * What the school filed, grouped like the form, plus the history. Fields the server left out (not in
 * the user's slice) or left empty are not shown.
 */
@Component({
  selector: 'rmc-melding-gegevens',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (groep of groepen(); track groep.kop) {
      @if (groep.regels.length) {
        <section [attr.aria-labelledby]="kopId(groep.kop)">
          <h2 class="utrecht-heading-2" [id]="kopId(groep.kop)">{{ groep.kop }}</h2>
          <dl class="rmc-gegevens">
            @for (regel of groep.regels; track regel.label) {
              <dt>{{ regel.label }}</dt>
              <dd class="rmc-gegevens__tekst">{{ regel.waarde }}</dd>
            }
          </dl>
        </section>
      }
    }
    @if (melding().historie?.length) {
      <section aria-labelledby="historie-kop">
        <h2 class="utrecht-heading-2" id="historie-kop">Historie</h2>
        <ol class="rmc-tijdlijn">
          @for (g of melding().historie; track $index) {
            <li class="rmc-tijdlijn__item">
              <p class="utrecht-paragraph rmc-tijdlijn__kop">
                <strong>{{ gebeurtenisLabel(g.soort) }}</strong>
                <span class="rmc-klein">
                  · <time [attr.datetime]="g.op">{{ moment(g.op) }}</time>{{ g.doorNaam ? ' · ' + g.doorNaam : '' }}</span
                >
              </p>
              @if (g.tekst) {
                <p class="utrecht-paragraph rmc-gegevens__tekst">{{ historieTekst(g.soort, g.tekst) }}</p>
              }
            </li>
          }
        </ol>
      </section>
    }
  `,
})
export class MeldingGegevensComponent {
  readonly melding = input.required<MeldingDto>();
  /** Prefix for heading ids, so two instances on one page stay unique. */
  readonly idVoorvoegsel = input('melding');

  protected gebeurtenisLabel(soort: string): string {
    return GEBEURTENIS_LABELS[soort] ?? soort;
  }
  protected readonly moment = formatMoment;
  protected readonly historieTekst = historieTekst;
  protected kopId(kop: string): string {
    return `${this.idVoorvoegsel()}-${kop.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  }

  protected readonly groepen = computed<Groep[]>(() => {
    const m = this.melding();
    const r = (label: string, waarde: string | number | null | undefined): Regel | null =>
      waarde === undefined || waarde === null || waarde === '' ? null : { label, waarde: String(waarde) };
    const schoon = (regels: (Regel | null)[]) => regels.filter((x): x is Regel => x !== null);
    return [
      {
        kop: 'Student',
        regels: schoon([
          r('BSN', m.bsn),
          r('Voornaam', m.voornaam),
          r('Achternaam', m.achternaam),
          r('Geboortedatum', formatDatum(m.geboortedatum)),
          r('Postcode woonadres', m.postcode),
          r('Telefoon student of ouder', m.telefoon),
          r('Afwijkend verblijfadres', m.afwijkendVerblijfadres),
        ]),
      },
      {
        kop: 'Verzuim',
        regels: schoon([
          r('Soort melding', soortLabel(m.soort)),
          r('School', [m.instellingNaam, m.vestigingNaam].filter(Boolean).join(' – ')),
          r('Begindatum verzuim', formatDatum(m.begindatum)),
          r('Einddatum verzuim', formatDatum(m.einddatum)),
          r('Vermoedelijke soort verzuim', vermoedelijkeSoortLabel(m.vermoedelijkeSoort)),
          r('Vermoedelijke reden', m.vermoedelijkeReden),
          r('Alle lessen gemist', jaNee(m.allesGemist)),
          r('Verzuimdagen', m.verzuimDagen),
          r('Verzuimuren', m.verzuimUren),
          r('Vervolg op melding', m.vorigeMeldingId ? 'Ja, een eerdere melding van deze student' : null),
        ]),
      },
      {
        kop: 'Zorgen en aanpak',
        regels: schoon([
          r('Zorgen van de school', (m.zorgen ?? []).map(zorgLabel).join(', ') || (m.zorgen ? 'Geen aangekruist' : null)),
          r('Door school ondernomen actie', m.doorSchoolOndernomen),
          r('Afspraken met de student', m.afsprakenMetStudent),
          r('Betrokken contactpersonen', m.betrokkenContacten),
          r('Lopende hulp', m.lopendeHulp),
          r('Verwachting van de regio', m.verwachtingVanRegio),
          r('Actie door gemeente gewenst', jaNee(m.actieGewenst)),
          r('Toelichting actie gewenst', m.toelichtingActieGewenst),
        ]),
      },
      {
        kop: 'Melder',
        regels: schoon([
          r('Naam', m.melderNaam),
          r('Functie', m.melderFunctie),
          r('Telefoon', m.melderTelefoon),
          r('E-mailadres', m.melderEmail),
          r('Gemeld op', formatMoment(m.gemeldOp)),
          r('Ingediend door', m.gemeldDoorNaam),
        ]),
      },
    ];
  });
}
