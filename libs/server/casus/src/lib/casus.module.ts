import { Module } from '@nestjs/common';
import { MeldingenModule } from '@rmc/server-meldingen';
import { CasusController } from './casus.controller';
import { CasusService } from './casus.service';
import { MachtigingController, MachtigingService } from './machtiging';
import { OverdrachtController, OverdrachtService } from './overdracht';
import { PersoonsrechtenController, PersoonsrechtenService } from './persoonsrechten';
import { CasusWissenModule } from './wissen';

@Module({
  imports: [MeldingenModule, CasusWissenModule],
  controllers: [CasusController, OverdrachtController, PersoonsrechtenController, MachtigingController],
  providers: [CasusService, OverdrachtService, PersoonsrechtenService, MachtigingService],
  exports: [CasusService],
})
export class CasusModule {}
