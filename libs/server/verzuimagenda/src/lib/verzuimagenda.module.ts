import { Module } from '@nestjs/common';
import { VerzuimagendaController } from './verzuimagenda.controller';
import { VerzuimagendaService } from './verzuimagenda.service';

/** Exports VerzuimagendaService: the meldingen module asks it for the norms in force (geldendeNormen). */
@Module({ controllers: [VerzuimagendaController], providers: [VerzuimagendaService], exports: [VerzuimagendaService] })
export class VerzuimagendaModule {}
