import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiLijst, Ingelogd, Vereist, uuidPipe } from '@rmc/server-core';
import type { CoordinatorUitgenodigd, GemeenteDto, InstellingDto, PlatformRegioDto } from '@rmc/shared-api-types';
import { CoordinatorUitnodigingDto, PlatformRegioCreateDto, PlatformRegioUpdateDto } from './dto';
import { PlatformService } from './platform.service';
import { CoordinatorUitgenodigdDto, GemeenteAntwoordDto, InstellingAntwoordDto, PlatformRegioAntwoordDto } from './responses.dto';

@ApiTags('platform')
@Controller('v1')
export class PlatformController {
  constructor(private readonly platform: PlatformService) {}

  @Vereist('read', 'PlatformRegio')
  @Get('platform/regios')
  @ApiLijst(PlatformRegioAntwoordDto)
  regios(): Promise<PlatformRegioDto[]> {
    return this.platform.regios();
  }

  @Vereist('read', 'PlatformRegio')
  @Get('platform/regios/:id')
  @ApiAntwoord(PlatformRegioAntwoordDto)
  regio(@Param('id', uuidPipe) id: string): Promise<PlatformRegioDto> {
    return this.platform.regio(id);
  }

  @Vereist('create', 'PlatformRegio')
  @Post('platform/regios')
  @ApiAntwoord(PlatformRegioAntwoordDto, 201)
  maak(@Body() dto: PlatformRegioCreateDto): Promise<PlatformRegioDto> {
    return this.platform.maakRegio(dto);
  }

  @Vereist('update', 'PlatformRegio')
  @Patch('platform/regios/:id')
  @ApiAntwoord(PlatformRegioAntwoordDto)
  wijzig(@Param('id', uuidPipe) id: string, @Body() dto: PlatformRegioUpdateDto): Promise<PlatformRegioDto> {
    return this.platform.wijzigRegio(id, dto);
  }

  @Vereist('invite', 'PlatformRegio')
  @Post('platform/regios/:id/coordinatoren')
  @ApiAntwoord(CoordinatorUitgenodigdDto, 201)
  coordinator(@Param('id', uuidPipe) id: string, @Body() dto: CoordinatorUitnodigingDto): Promise<CoordinatorUitgenodigd> {
    return this.platform.nodigCoordinatorUit(id, dto);
  }

  @Vereist('read', 'Instelling')
  @Get('instellingen')
  @ApiLijst(InstellingAntwoordDto)
  instellingen(): Promise<InstellingDto[]> {
    return this.platform.instellingen();
  }

  /** Reference data (CBS gemeenten); no personal data. */
  @Ingelogd()
  @Get('gemeenten')
  @ApiLijst(GemeenteAntwoordDto)
  gemeenten(): Promise<GemeenteDto[]> {
    return this.platform.gemeenten();
  }
}
