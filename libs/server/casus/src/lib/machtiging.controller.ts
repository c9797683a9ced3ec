import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, CurrentActor, Vereist, uuidPipe, type Actor } from '@rmc/server-core';
import type { Response } from 'express';
import { MACHTIGING_TYPES, MachtigingDto } from './machtiging.dto';
import { MachtigingService } from './machtiging.service';
import { MachtigingAntwoordDto } from './responses.dto';

@ApiTags('casussen')
@Controller('v1/casussen')
export class MachtigingController {
  constructor(private readonly machtiging: MachtigingService) {}

  @Vereist('share', 'Casus')
  @Put(':id/delingen/:delingId/machtiging')
  @ApiAntwoord(MachtigingAntwoordDto)
  bewaar(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('delingId', uuidPipe) delingId: string,
    @Body() dto: MachtigingDto,
  ) {
    return this.machtiging.bewaar(actor, id, delingId, dto);
  }

  @Vereist('share', 'Casus')
  @Get(':id/delingen/:delingId/machtiging')
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({
    description: 'Het bestand (pdf, png of jpg)',
    content: Object.fromEntries(Object.keys(MACHTIGING_TYPES).map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
  })
  async haal(
    @Param('id', uuidPipe) id: string,
    @Param('delingId', uuidPipe) delingId: string,
    @Res() res: Response,
  ): Promise<void> {
    const m = await this.machtiging.haal(id, delingId);
    res.setHeader('Content-Type', m.mime);
    res.setHeader('Content-Disposition', `attachment; filename="machtiging.${MACHTIGING_TYPES[m.mime]}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(m.inhoud);
  }
}
