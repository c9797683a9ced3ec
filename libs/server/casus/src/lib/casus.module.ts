import { Module } from '@nestjs/common';
import { MeldingenModule } from '@rmc/server-meldingen';
import { CasusController } from './casus.controller';
import { CasusService } from './casus.service';
import { OverdrachtController, OverdrachtService } from './overdracht';
import { PersoonsrechtenController, PersoonsrechtenService } from './persoonsrechten';

@Module({ imports: [MeldingenModule], controllers: [CasusController, OverdrachtController, PersoonsrechtenController], providers: [CasusService, OverdrachtService, PersoonsrechtenService], exports: [CasusService] })
export class CasusModule {}
