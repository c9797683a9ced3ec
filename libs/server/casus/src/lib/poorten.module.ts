import { Global, Module } from '@nestjs/common';
import { CASUS_OPENER, type CasusOpener } from '@rmc/server-meldingen';
import { PERSOON_TIJDLIJN, type PersoonTijdlijnBron } from '@rmc/server-personen';
import { maakCasusUitMelding, openCasusSql, openCasusVan } from './data/casus-voor-melding.queries';
import { persoonTijdlijn } from './data/tijdlijn.queries';
import { CASUS_OVERLEG_BRON, type CasusOverlegBron } from './overleg-bron.port';

const casusOpener: CasusOpener = { openCasusVan, maakCasusUitMelding, openCasusSql };

/**
 * The ports casus implements for contexts it imports (docs/architecture.md, "Who owns which table"):
 * meldingen's `CasusOpener` (a judgement opens a case; the open-case flag) and personen's
 * `PersoonTijdlijnBron` (the person's timeline, with the meetings from overleg's `CasusOverlegBron`). Global, so the meldingen and personen services find
 * them; imported by `CasusModule`.
 */
@Global()
@Module({
  providers: [
    { provide: CASUS_OPENER, useValue: casusOpener },
    {
      provide: PERSOON_TIJDLIJN,
      inject: [CASUS_OVERLEG_BRON],
      useFactory: (overleg: CasusOverlegBron): PersoonTijdlijnBron => ({
        persoonTijdlijn: (db, persoonId) => persoonTijdlijn(db, overleg, persoonId),
      }),
    },
  ],
  exports: [CASUS_OPENER, PERSOON_TIJDLIJN],
})
export class CasusPoortenModule {}
