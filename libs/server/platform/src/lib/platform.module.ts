import { Module } from '@nestjs/common';
import { IdentityModule } from '@rmc/server-identity';
import { PlatformController } from './platform.controller';
import { PlatformService } from './platform.service';

@Module({ imports: [IdentityModule], controllers: [PlatformController], providers: [PlatformService] })
export class PlatformModule {}
