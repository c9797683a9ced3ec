import { Injectable } from '@nestjs/common';
import { AuditService, Conflict, Db, NietGevonden, Ongeldig, RecordAccess, type Actor } from '@rmc/server-core';
import type { MachtigingOpgeslagen } from '@rmc/shared-api-types';
import { bewaarMachtiging, casusMetBsn, delingVan, machtigingVan } from './data/machtiging.queries';
import { MACHTIGING_MAX_BYTES, MACHTIGING_TYPES, type MachtigingDto } from './machtiging.dto';

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
    const c = await casusMetBsn(this.db, casusId);
    await this.access.zichtbaar('share', 'Casus', casusId, c ? { id: c.id, regioId: c.regio_id } : undefined, 'Deze casus');
    const d = await delingVan(this.db, casusId, delingId);
    if (!d) throw NietGevonden('Deze deling');
    return { casus: c!, deling: d };
  }

  async bewaar(actor: Actor, casusId: string, delingId: string, dto: MachtigingDto): Promise<MachtigingOpgeslagen> {
    const { casus, deling } = await this.deling(casusId, delingId);
    if (deling.grondslag !== 'toestemming')
      throw Conflict('geen-toestemming', 'Een machtiging hoort bij een deling op grond van toestemming.');
    if (!MACHTIGING_TYPES[dto.mime]) throw Ongeldig([{ field: 'mime', message: 'Voeg een pdf, png of jpg toe.' }]);
    const bytes = Buffer.from(dto.inhoud, 'base64');
    if (!bytes.length) throw Ongeldig([{ field: 'inhoud', message: 'Het bestand is leeg.' }]);
    if (bytes.length > MACHTIGING_MAX_BYTES) throw Ongeldig([{ field: 'inhoud', message: 'Het bestand is groter dan 5 MB.' }]);
    if (!klopt(dto.mime, bytes)) throw Ongeldig([{ field: 'inhoud', message: 'Het bestand is geen geldige pdf, png of jpg.' }]);
    await bewaarMachtiging(this.db, {
      regioId: casus.regio_id,
      casusId,
      delingId,
      bestandsnaam: dto.bestandsnaam.trim(),
      mime: dto.mime,
      grootte: bytes.length,
      inhoud: bytes,
      door: actor.gebruikerId,
    });
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
    const m = await machtigingVan(this.db, delingId);
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
