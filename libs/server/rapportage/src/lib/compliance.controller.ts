import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Vereist, type Actor } from '@rmc/server-core';
import type { ComplianceResponse } from '@rmc/shared-api-types';
import type { Response } from 'express';
import { complianceCsv } from './compliance-csv';
import { ComplianceService } from './compliance.service';
import { ComplianceQueryDto } from './dto';

@ApiTags('compliance')
@Controller('v1')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Vereist('read', 'Compliance')
  @Get('compliance')
  cijfers(@CurrentActor() actor: Actor, @Query() q: ComplianceQueryDto): Promise<ComplianceResponse> {
    return this.compliance.cijfers(actor, q);
  }

  @Vereist('read', 'Compliance')
  @Get('compliance.csv')
  @ApiProduces('text/csv')
  async csv(@CurrentActor() actor: Actor, @Query() q: ComplianceQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const cijfers = await this.compliance.cijfers(actor, q, 'export');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="compliance-${cijfers.schooljaar}.csv"`);
    return complianceCsv(cijfers);
  }
}
