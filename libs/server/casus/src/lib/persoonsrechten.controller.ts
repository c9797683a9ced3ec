import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ApiAntwoord,
  ApiBestand,
  CurrentActor,
  ExportDienst,
  Vereist,
  ZonderTransactie,
  uuidPipe,
  type Actor,
} from '@rmc/server-core';
import type { InzageBundel, WisResultaat } from '@rmc/shared-api-types';
import { amsterdamDatum } from '@rmc/shared-domain';
import type { Response } from 'express';
import { INZAGE_PDF } from './inzage-pdf';
import { WisVerzoekDto } from './persoonsrechten.dto';
import { PersoonsrechtenService } from './persoonsrechten.service';
import { InzageBundelDto, WisResultaatDto } from './responses.dto';

@ApiTags('personen')
@Controller('v1/personen')
export class PersoonsrechtenController {
  constructor(
    private readonly rechten: PersoonsrechtenService,
    private readonly exports: ExportDienst,
  ) {}

  /** Inzageverzoek: a JSON bundle of everything held on one person (download). */
  @Vereist('read', 'Persoon')
  @Get(':id/inzage')
  @ApiAntwoord(InzageBundelDto)
  async inzage(@Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<InzageBundel> {
    const bundel = await this.rechten.inzage(id);
    // No identifier of the person in the filename (it ends up in download folders and logs).
    res.setHeader('Content-Disposition', `attachment; filename="inzage-${amsterdamDatum(new Date())}.json"`);
    return bundel;
  }

  /**
   * The same bundle as a readable Dutch PDF for the young person (the export is audited the same way).
   * Expensive: limited per user and region (503 + Retry-After); read and audited in a short
   * transaction, rendered in a worker thread after the commit.
   */
  @Vereist('read', 'Persoon')
  @ZonderTransactie()
  @Get(':id/inzage/pdf')
  @ApiProduces('application/pdf')
  @ApiBestand('application/pdf', 'De inzage als leesbare pdf')
  async inzagePdf(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const pdf = await this.exports.pdf(actor, INZAGE_PDF, () => this.rechten.inzage(id));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="inzage-${amsterdamDatum(new Date())}.pdf"`);
    return new StreamableFile(pdf);
  }

  @Vereist('delete', 'Persoon')
  @Post(':id/wissen')
  @HttpCode(200)
  @ApiAntwoord(WisResultaatDto)
  wis(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: WisVerzoekDto): Promise<WisResultaat> {
    return this.rechten.wis(actor, id, dto.reden);
  }
}
