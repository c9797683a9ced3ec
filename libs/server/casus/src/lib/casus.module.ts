import { Module } from '@nestjs/common';
import { MeldingenModule } from '@rmc/server-meldingen';
import { CasusController } from './casus.controller';
import { CasusService } from './casus.service';
import { MachtigingController } from './machtiging.controller';
import { MachtigingService } from './machtiging.service';
import { OverdrachtController } from './overdracht.controller';
import { OverdrachtService } from './overdracht.service';
import { PersoonsrechtenController } from './persoonsrechten.controller';
import { PersoonsrechtenService } from './persoonsrechten.service';
import { CasusPoortenModule } from './poorten.module';
import { CasusWissenModule } from './wissen';

@Module({
  imports: [MeldingenModule, CasusWissenModule, CasusPoortenModule],
  controllers: [CasusController, OverdrachtController, PersoonsrechtenController, MachtigingController],
  providers: [CasusService, OverdrachtService, PersoonsrechtenService, MachtigingService],
  exports: [CasusService],
})
export class CasusModule {}
