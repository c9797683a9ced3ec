import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The page's single h1 with an optional lead paragraph. */
@Component({
  selector: 'rmc-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'rmc-page-header' },
  template: `
    <h1 class="utrecht-heading-1">{{ titel() }}</h1>
    @if (intro()) {
      <p class="utrecht-paragraph utrecht-paragraph--lead">{{ intro() }}</p>
    }
    <ng-content />
  `,
})
export class PageHeaderComponent {
  readonly titel = input.required<string>();
  readonly intro = input<string>();
}
