import { Module } from '@nestjs/common';
import { CasusModule } from '@rmc/server-casus';
import { OverlegController } from './overleg.controller';
import { OverlegService } from './overleg.service';
import { Wijzigingsbus } from './wijzigingsbus';

@Module({ imports: [CasusModule], controllers: [OverlegController], providers: [OverlegService, Wijzigingsbus] })
export class OverlegModule {}
