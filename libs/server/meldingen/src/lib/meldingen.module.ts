import { Module } from '@nestjs/common';
import { MeldingenController } from './meldingen.controller';
import { MeldingenService } from './meldingen.service';

@Module({ controllers: [MeldingenController], providers: [MeldingenService] })
export class MeldingenModule {}
