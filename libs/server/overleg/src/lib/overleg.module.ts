import { Module } from '@nestjs/common';
import { CasusModule } from '@rmc/server-casus';
import { OverlegCasusBronModule } from './casus-bron.module';
import { OverlegController } from './overleg.controller';
import { OverlegService } from './overleg.service';
import { Wijzigingsbus } from './wijzigingsbus';
import { OverlegWissenModule } from './wissen';

@Module({
  imports: [CasusModule, OverlegWissenModule, OverlegCasusBronModule],
  controllers: [OverlegController],
  providers: [OverlegService, Wijzigingsbus],
})
export class OverlegModule {}
