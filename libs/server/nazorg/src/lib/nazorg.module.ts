import { Module } from '@nestjs/common';
import { NazorgController } from './nazorg.controller';
import { NazorgService } from './nazorg.service';
import { NazorgWissenModule } from './wissen';

@Module({ controllers: [NazorgController], imports: [NazorgWissenModule], providers: [NazorgService] })
export class NazorgModule {}
