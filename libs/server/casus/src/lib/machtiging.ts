import { Body, Controller, Get, Injectable, Param, Put, Res } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  AuditService,
  CurrentActor,
  Db,
  NietGevonden,
  Ongeldig,
  RecordAccess,
  Vereist,
  Conflict,
  uuidPipe,
  type Actor,
} from '@rmc/server-core';
import { IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';

/** Accepted forms of a signed consent: a scan or a PDF, at most 5 MB. */
export const MACHTIGING_TYPES: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };
export const MACHTIGING_MAX_BYTES = 5 * 1024 * 1024;

export class MachtigingDto {
  @ApiProperty({ description: 'Oorspronkelijke bestandsnaam (alleen ter herkenning; niet in de download)' })
  @IsString({ message: 'Geef de bestandsnaam.' })
  @MaxLength(200, { message: 'De bestandsnaam is te lang.' })
  bestandsnaam!: string;
  @ApiProperty({ enum: Object.keys(MACHTIGING_TYPES) }) @IsString({ message: 'Geef het bestandstype.' }) mime!: string;
  @ApiProperty({ description: 'De inhoud, base64' }) @IsString({ message: 'Voeg het bestand toe.' }) inhoud!: string;
}

/** Magic numbers: the file must be what it says it is (no HTML or script under a PDF name). */
function klopt(mime: string, bytes: Buffer): boolean {
  if (mime === 'application/pdf') return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  if (mime === 'image/png') return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/**
 * The signed machtiging of a share under toestemming, as an attachment: upload (replaces the previous
 * one) and download, for the region's RMC roles (`share:Casus`). Audited; the download's filename
 * carries no personal data.
 */
@Injectable()
export class MachtigingService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
  ) {}

  private async deling(casusId: string, delingId: string) {
    const c = await this.db.one<{ id: string; regio_id: string; bsn: string }>(
      `SELECT c.id, c.regio_id, p.bsn FROM casus c JOIN persoon p ON p.id = c.persoon_id WHERE c.id = $1`,
      [casusId],
    );
    await this.access.zichtbaar('share', 'Casus', casusId, c ? { id: c.id, regioId: c.regio_id } : undefined, 'Deze casus');
    const d = await this.db.one<{ id: string; grondslag: string }>(
      `SELECT id, grondslag FROM casus_deling WHERE id = $1 AND casus_id = $2`,
      [delingId, casusId],
    );
    if (!d) throw NietGevonden('Deze deling');
    return { casus: c!, deling: d };
  }

  async bewaar(actor: Actor, casusId: string, delingId: string, dto: MachtigingDto) {
    const { casus, deling } = await this.deling(casusId, delingId);
    if (deling.grondslag !== 'toestemming')
      throw Conflict('geen-toestemming', 'Een machtiging hoort bij een deling op grond van toestemming.');
    if (!MACHTIGING_TYPES[dto.mime]) throw Ongeldig([{ field: 'mime', message: 'Voeg een pdf, png of jpg toe.' }]);
    const bytes = Buffer.from(dto.inhoud, 'base64');
    if (!bytes.length) throw Ongeldig([{ field: 'inhoud', message: 'Het bestand is leeg.' }]);
    if (bytes.length > MACHTIGING_MAX_BYTES) throw Ongeldig([{ field: 'inhoud', message: 'Het bestand is groter dan 5 MB.' }]);
    if (!klopt(dto.mime, bytes)) throw Ongeldig([{ field: 'inhoud', message: 'Het bestand is geen geldige pdf, png of jpg.' }]);
    await this.db.query(
      `INSERT INTO deling_machtiging (regio_id, casus_id, deling_id, bestandsnaam, mime, grootte, inhoud, door) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (deling_id) DO UPDATE SET bestandsnaam = EXCLUDED.bestandsnaam, mime = EXCLUDED.mime, grootte = EXCLUDED.grootte, inhoud = EXCLUDED.inhoud,
                                            door = EXCLUDED.door, aangemaakt_op = now()`,
      [casus.regio_id, casusId, delingId, dto.bestandsnaam.trim(), dto.mime, bytes.length, bytes, actor.gebruikerId],
    );
    await this.audit.log({
      actie: 'update',
      subjectType: 'Casus',
      subjectId: casusId,
      persoonSleutel: casus.bsn,
      doel: 'machtiging toegevoegd',
      resultaat: 'toegestaan',
    });
    return { delingId, bestandsnaam: dto.bestandsnaam.trim(), mime: dto.mime, grootte: bytes.length };
  }

  async haal(casusId: string, delingId: string) {
    const { casus } = await this.deling(casusId, delingId);
    const m = await this.db.one<{ mime: string; inhoud: Buffer }>(
      `SELECT mime, inhoud FROM deling_machtiging WHERE deling_id = $1`,
      [delingId],
    );
    if (!m) throw NietGevonden('De machtiging');
    await this.audit.log({
      actie: 'export',
      subjectType: 'Casus',
      subjectId: casusId,
      persoonSleutel: casus.bsn,
      doel: 'machtiging ingezien',
      resultaat: 'toegestaan',
    });
    return m;
  }
}

@ApiTags('casussen')
@Controller('v1/casussen')
export class MachtigingController {
  constructor(private readonly machtiging: MachtigingService) {}

  @Vereist('share', 'Casus')
  @Put(':id/delingen/:delingId/machtiging')
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
