import { Module } from '@nestjs/common';
import { CasusController } from './casus.controller';
import { CasusService } from './casus.service';
import { OverdrachtController, OverdrachtService } from './overdracht';

@Module({ controllers: [CasusController, OverdrachtController], providers: [CasusService, OverdrachtService] })
export class CasusModule {}
