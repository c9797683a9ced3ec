import { ApiPropertyOptional } from '@nestjs/swagger';
import { PaginaQueryDto } from '@rmc/server-core';
import { MELDING_STATUSSEN, type MeldingStatus } from '@rmc/shared-domain';
import { MELDING_VOLGORDES, type MeldingenFilter, type MeldingVolgorde } from '@rmc/shared-api-types';
import { IsIn, IsOptional } from 'class-validator';

/** GET /api/v1/meldingen: an optional status filter and keyset paging (newest first). */
export class MeldingenQueryDto extends PaginaQueryDto implements MeldingenFilter {
  @ApiPropertyOptional({ enum: MELDING_STATUSSEN })
  @IsOptional()
  @IsIn(MELDING_STATUSSEN as unknown as string[], { message: 'Onbekende status.' })
  status?: MeldingStatus;

  /** Sent by the portal's triage page; the order is the same for every view (newest first). */
  @ApiPropertyOptional({ enum: ['triage'], description: 'Weergave van de regio (zelfde volgorde: nieuwste eerst)' })
  @IsOptional()
  @IsIn(['triage'], { message: 'Kies de weergave triage of laat deze weg.' })
  weergave?: 'triage';

  /** Newest first (default) or oldest first: both read the same index, forwards or backwards. */
  @ApiPropertyOptional({ enum: MELDING_VOLGORDES, default: 'nieuwste', description: 'Volgorde op meldingsdatum' })
  @IsOptional()
  @IsIn(MELDING_VOLGORDES as unknown as string[], { message: 'Kies de volgorde nieuwste of oudste.' })
  volgorde?: MeldingVolgorde;
}
