import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiBestand, CurrentActor, ExportDienst, Vereist, ZonderTransactie, type Actor } from '@rmc/server-core';
import type { ComplianceResponse } from '@rmc/shared-api-types';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { complianceCsvDelen } from './compliance-csv';
import { ComplianceService } from './compliance.service';
import { ComplianceQueryDto } from './dto';
import { ComplianceAntwoordDto } from './responses.dto';

@ApiTags('compliance')
@Controller('v1')
export class ComplianceController {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly exports: ExportDienst,
  ) {}

  @Vereist('read', 'Compliance')
  @Get('compliance')
  @ApiAntwoord(ComplianceAntwoordDto)
  cijfers(@CurrentActor() actor: Actor, @Query() q: ComplianceQueryDto): Promise<ComplianceResponse> {
    return this.compliance.cijfers(actor, q);
  }

  /**
   * Expensive: limited per user and region (503 + Retry-After). The figures are read and the export
   * audited in a short transaction; the file is streamed after the commit.
   */
  @Vereist('read', 'Compliance')
  @ZonderTransactie()
  @Get('compliance.csv')
  @ApiProduces('text/csv')
  @ApiBestand('text/csv', 'Dezelfde cijfers als CSV (onderdrukte cellen leeg)')
  async csv(
    @CurrentActor() actor: Actor,
    @Query() q: ComplianceQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const cijfers = await this.exports.lees(actor, () => this.compliance.cijfers(actor, q, 'export'));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="compliance-${cijfers.schooljaar}.csv"`);
    return new StreamableFile(Readable.from(complianceCsvDelen(cijfers), { objectMode: false }));
  }
}
