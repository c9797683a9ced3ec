import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ComplianceQuery } from '@rmc/shared-api-types';
import { IsOptional, IsUUID, Matches } from 'class-validator';

/**
 * A Dutch message that survives the global validation pipe: it prefers `context.message` over its
 * generic per-constraint texts (libs/server/core http/validation.ts).
 */
const nl = (message: string) => ({ message, context: { message } });

export class ComplianceQueryDto implements ComplianceQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID('4', nl('Kies een instelling.')) instellingId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('4', nl('Kies een regio.')) regioId?: string;
  @ApiPropertyOptional({ example: '2026-2027', description: 'Standaard het lopende schooljaar.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{4}$/, nl('Vul een schooljaar in als jjjj-jjjj, bijvoorbeeld 2026-2027.'))
  schooljaar?: string;
}
