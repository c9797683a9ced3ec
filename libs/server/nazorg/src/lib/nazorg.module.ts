import { Module } from '@nestjs/common';
import { NazorgController, NazorgService } from './nazorg';
import { NazorgWissenModule } from './wissen';

@Module({ controllers: [NazorgController], imports: [NazorgWissenModule], providers: [NazorgService] })
export class NazorgModule {}
