import { Module } from '@nestjs/common';
import { CasusController } from './casus.controller';
import { CasusService } from './casus.service';

@Module({ controllers: [CasusController], providers: [CasusService] })
export class CasusModule {}
