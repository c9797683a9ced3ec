import { Module } from '@nestjs/common';
import { CasusModule } from '@rmc/server-casus';
import { OverlegController } from './overleg.controller';
import { OverlegService } from './overleg.service';

@Module({ imports: [CasusModule], controllers: [OverlegController], providers: [OverlegService] })
export class OverlegModule {}
