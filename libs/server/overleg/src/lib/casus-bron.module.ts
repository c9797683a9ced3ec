import { Global, Module } from '@nestjs/common';
import { CASUS_OVERLEG_BRON } from '@rmc/server-casus';
import { overlegCasusBron } from './data/casus-bron.queries';

/** Provides the casus context's `CasusOverlegBron` port (overleg owns the meetings). Global, so the casus services find it; imported by `OverlegModule`. */
@Global()
@Module({
  providers: [{ provide: CASUS_OVERLEG_BRON, useValue: overlegCasusBron }],
  exports: [CASUS_OVERLEG_BRON],
})
export class OverlegCasusBronModule {}
