import { Module } from '@nestjs/common';
import { NazorgController, NazorgService } from './nazorg';

@Module({ controllers: [NazorgController], providers: [NazorgService] })
export class NazorgModule {}
