import { Module } from '@nestjs/common';
import { PersonenController } from './personen.controller';
import { PersonenService } from './personen.service';

@Module({ controllers: [PersonenController], providers: [PersonenService] })
export class PersonenModule {}
