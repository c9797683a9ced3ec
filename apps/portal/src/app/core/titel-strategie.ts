import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

/** Every route sets its own <title> (WCAG 2.4.2), suffixed with the product name. */
@Injectable()
export class PortaalTitelStrategie extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const titel = this.buildTitle(snapshot);
    this.title.setTitle(titel ? `${titel} | RMC-portaal` : 'RMC-portaal');
  }
}
