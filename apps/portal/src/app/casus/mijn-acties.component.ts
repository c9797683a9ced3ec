import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { CasusDto } from '@rmc/shared-api-types';
import { BadgeComponent, formatDatum } from '@rmc/portal-ui';
import { ActieStatusFormComponent } from './actie-status-form.component';
import { overTijd } from './casus-plan.component';
import { actieStatusBadge, type CasusWijziging } from './casus-teksten';

/** Partner: the plan actions its own organisation owns, each with a status update for the RMC. */
@Component({
  selector: 'rmc-mijn-acties',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BadgeComponent, ActieStatusFormComponent],
  template: `
    <section aria-labelledby="mijn-acties-kop">
      <h2 class="utrecht-heading-2" id="mijn-acties-kop">Mijn acties</h2>
      <p class="utrecht-paragraph">
        De acties uit het plan van aanpak die uw organisatie uitvoert. Laat het RMC weten hoe het ervoor staat.
      </p>
      @for (a of acties(); track a.id) {
        <article class="rmc-actie" [attr.aria-labelledby]="'mijn-actie-' + a.id">
          <h3 class="utrecht-heading-3" [id]="'mijn-actie-' + a.id">{{ a.omschrijving }}</h3>
          <dl class="rmc-gegevens">
            <dt>Deadline</dt>
            <dd>
              {{ datum(a.deadline) || 'Geen' }}
              @if (teLaat(a)) {
                <rmc-badge soort="fout">Over tijd</rmc-badge>
              }
            </dd>
            <dt>Status</dt>
            <dd>
              <rmc-badge [soort]="badge(a).soort">{{ badge(a).tekst }}</rmc-badge>
            </dd>
            @if (a.toelichting) {
              <dt>Toelichting</dt>
              <dd class="rmc-gegevens__tekst">{{ a.toelichting }}</dd>
            }
          </dl>
          <rmc-actie-status-form [casusId]="casus().id" [actie]="a" (gewijzigd)="gewijzigd.emit($event)" />
        </article>
      } @empty {
        <p class="utrecht-paragraph">Er zijn geen acties voor uw organisatie in deze casus.</p>
      }
    </section>
  `,
})
export class MijnActiesComponent {
  readonly casus = input.required<CasusDto>();
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly acties = computed(() => this.casus().mijnActies ?? []);
  protected readonly datum = formatDatum;
  protected readonly badge = (a: { status: Parameters<typeof actieStatusBadge>[0] }) => actieStatusBadge(a.status);
  protected readonly teLaat = (a: Parameters<typeof overTijd>[0]) => overTijd(a);
}
