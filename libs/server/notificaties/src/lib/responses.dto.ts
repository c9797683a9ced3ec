import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { NotificatieDto } from '@rmc/shared-api-types';

/** OpenAPI response schemas of the notificaties context; each class implements the shared type. */

@ApiSchema({ name: 'Notificatie' })
export class NotificatieAntwoordDto implements NotificatieDto {
  @ApiProperty() id!: string;
  @ApiProperty() soort!: string;
  @ApiProperty() tekst!: string;
  @ApiProperty() link!: string;
  @ApiProperty() gelezen!: boolean;
  @ApiProperty() aangemaaktOp!: string;
}
