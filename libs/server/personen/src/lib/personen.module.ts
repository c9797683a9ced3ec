import { Module } from '@nestjs/common';
import { PersonenController } from './personen.controller';
import { PersonenService } from './personen.service';
import { PersonenWissenModule } from './wissen';

@Module({ controllers: [PersonenController], imports: [PersonenWissenModule], providers: [PersonenService] })
export class PersonenModule {}
