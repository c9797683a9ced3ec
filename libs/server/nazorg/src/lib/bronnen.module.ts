import { type DynamicModule, Module } from '@nestjs/common';
import { NAZORG_CASUS_BRON, NAZORG_PERSOON_BRON, type NazorgBronnen } from './bronnen.port';

/**
 * Provides the case and person sides of nazorg (its ports) to `NazorgService` and the worker's scan.
 * The apps pass the owners' implementations (`casusNazorgBron` from casus, `persoonNazorgBron` from
 * personen); global, so the nazorg module and the worker's processors find them.
 */
@Module({})
export class NazorgBronnenModule {
  static forRoot(bronnen: NazorgBronnen): DynamicModule {
    return {
      module: NazorgBronnenModule,
      global: true,
      providers: [
        { provide: NAZORG_CASUS_BRON, useValue: bronnen.casus },
        { provide: NAZORG_PERSOON_BRON, useValue: bronnen.personen },
      ],
      exports: [NAZORG_CASUS_BRON, NAZORG_PERSOON_BRON],
    };
  }
}
