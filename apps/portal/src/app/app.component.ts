import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter, skip } from 'rxjs';

@Component({
  selector: 'rmc-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet],
  template: `<router-outlet />`,
})
export class AppComponent {
  constructor() {
    // A SPA does not move focus on navigation; put it on the new page's h1 so screen reader and
    // keyboard users start at the top of the new content (not on the first page load).
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => setTimeout(() => focusOpKop()));
  }
}

function focusOpKop(): void {
  const kop = document.querySelector<HTMLElement>('main h1');
  if (!kop) return;
  kop.setAttribute('tabindex', '-1');
  kop.focus({ preventScroll: false });
}
