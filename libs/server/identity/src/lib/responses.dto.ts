import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ROLLEN, type Rol } from '@rmc/shared-domain';
import type {
  GebruikerDto,
  MeResponse,
  NieuweSysteemkoppeling,
  Systeemkoppeling,
  TotpInstellenResponse,
  MailVoorkeur,
  VoorkeurenUpdate,
} from '@rmc/shared-api-types';

/** OpenAPI response schemas of the identity context; each class implements the shared type. */

@ApiSchema({ name: 'LoginResponse' })
export class LoginAntwoordDto {
  @ApiPropertyOptional({ description: 'Alleen voor API-clients (niet voor het portaal)' }) accessToken?: string;
  @ApiPropertyOptional({ description: 'Het portaal: ingelogd met de sessiecookie' }) ingelogd?: boolean;
  @ApiPropertyOptional({ description: 'true: stuur opnieuw met totp' }) totpVereist?: boolean;
}

class MeGebruikerDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() email!: string;
  @ApiProperty() totpActief!: boolean;
}
class MeRegioDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
}
class MeOrganisatieDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() soort!: string;
}

@ApiSchema({ name: 'MeResponse' })
export class MeAntwoordDto implements MeResponse {
  @ApiProperty({ type: MeGebruikerDto }) gebruiker!: MeGebruikerDto;
  @ApiProperty({ type: MeRegioDto, nullable: true }) regio!: MeRegioDto | null;
  @ApiProperty({ type: MeOrganisatieDto, nullable: true }) organisatie!: MeOrganisatieDto | null;
  @ApiProperty({ enum: ROLLEN, isArray: true }) rollen!: Rol[];
  @ApiProperty({ type: 'array', items: {}, description: 'CASL-regels (packRules)' }) rules!: unknown[];
  @ApiProperty() totpInstellenVereist!: boolean;
}

@ApiSchema({ name: 'TotpInstellenResponse' })
export class TotpInstellenAntwoordDto implements TotpInstellenResponse {
  @ApiProperty() secret!: string;
  @ApiProperty() otpauthUrl!: string;
}

class LidmaatschapDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ROLLEN }) rol!: Rol;
  @ApiProperty({ type: String, nullable: true }) organisatieId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisatieNaam!: string | null;
}

@ApiSchema({ name: 'Gebruiker' })
export class GebruikerAntwoordDto implements GebruikerDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() email!: string;
  @ApiProperty() actief!: boolean;
  @ApiProperty({ enum: ['uitgenodigd', 'actief', 'geblokkeerd'] }) status!: GebruikerDto['status'];
  @ApiProperty({ type: [LidmaatschapDto] }) lidmaatschappen!: LidmaatschapDto[];
}

@ApiSchema({ name: 'Systeemkoppeling' })
export class SysteemkoppelingAntwoordDto implements Systeemkoppeling {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() aangemaaktOp!: string;
  @ApiProperty({ type: String, nullable: true }) laatstGebruiktOp!: string | null;
  @ApiProperty() ingetrokken!: boolean;
}

@ApiSchema({ name: 'NieuweSysteemkoppeling' })
export class NieuweSysteemkoppelingDto extends SysteemkoppelingAntwoordDto implements NieuweSysteemkoppeling {
  @ApiProperty({ description: 'Alleen in dit antwoord' }) token!: string;
}

@ApiSchema({ name: 'Voorkeuren' })
export class VoorkeurenAntwoordDto implements VoorkeurenUpdate {
  @ApiProperty({ enum: ['direct', 'dagelijks'] }) mailVoorkeur!: MailVoorkeur;
}
