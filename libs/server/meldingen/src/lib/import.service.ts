import { Inject, Injectable } from '@nestjs/common';
import {
  AuditService,
  Db,
  DEFAULT_JOB_OPTS,
  importJobId,
  JOB_IMPORT_VERWERK,
  NietGevonden,
  Ongeldig,
  Verboden,
  type Actor,
} from '@rmc/server-core';
import type { ImportStatus } from '@rmc/shared-api-types';
import { importBatchStatus, maakImportBatch } from './data/import-batch.queries';
import { csvRijen } from '@rmc/shared-domain';
import type { Queue } from 'bullmq';
import type { ImportStartDto } from './import.dto';

export const IMPORT_QUEUE = Symbol('IMPORT_QUEUE');
/** Fields a CSV column can be mapped to (the location is the uploader's vestiging; links are not importable). */
export const IMPORTEERBARE_VELDEN = [
  'soort',
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'telefoon',
  'afwijkendVerblijfadres',
  'begindatum',
  'einddatum',
  'vermoedelijkeSoort',
  'vermoedelijkeReden',
  'allesGemist',
  'doorSchoolOndernomen',
  'actieGewenst',
  'toelichtingActieGewenst',
  'melderNaam',
  'melderFunctie',
  'melderTelefoon',
  'melderEmail',
  'verzuimDagen',
  'verzuimUren',
  'zorgen',
  'afsprakenMetStudent',
  'betrokkenContacten',
  'lopendeHulp',
  'verwachtingVanRegio',
];
const VELDEN = new Set(IMPORTEERBARE_VELDEN);
/** At most this many data rows per file (the worker files them set-based, see import-verwerking.ts). */
export const MAX_IMPORT_RIJEN = 100_000;

/** CSV upload of meldingen (DUO-style field set or a school-system export): checked up front, processed by the worker. */
@Injectable()
export class ImportService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(IMPORT_QUEUE) private readonly queue: Queue,
  ) {}

  async start(actor: Actor, dto: ImportStartDto): Promise<ImportStatus> {
    if (!actor.vestigingId || !actor.instellingId) throw Verboden();
    if (dto.leslocatieVestigingId !== actor.vestigingId)
      throw Ongeldig([{ field: 'leslocatieVestigingId', message: 'U kunt alleen importeren voor uw eigen vestiging.' }]);
    // Counted row by row (nothing of a 100,000-row file is held as an array); stops at the first row over the cap.
    const rijen = csvRijen(dto.csv);
    const kop = ((rijen.next().value as string[] | undefined) ?? []).map((k) => k.trim());
    let aantal = 0;
    while (!rijen.next().done)
      if (++aantal > MAX_IMPORT_RIJEN)
        throw Ongeldig([
          {
            field: 'csv',
            message: `Hoogstens ${MAX_IMPORT_RIJEN.toLocaleString('nl-NL')} regels per bestand; splits het bestand.`,
          },
        ]);
    if (aantal < 1) throw Ongeldig([{ field: 'csv', message: 'Het bestand heeft geen kopregel en gegevensregels.' }]);
    const fouten = Object.entries(dto.kolommen).flatMap(([kolom, veld]) =>
      !kop.includes(kolom)
        ? [{ field: `kolommen.${kolom}`, message: 'Deze kolom staat niet in het bestand.' }]
        : !VELDEN.has(veld)
          ? [{ field: `kolommen.${kolom}`, message: `Onbekend veld "${veld}".` }]
          : [],
    );
    if (!Object.values(dto.kolommen).includes('bsn'))
      fouten.push({ field: 'kolommen', message: 'Koppel een kolom aan het BSN.' });
    if (fouten.length) throw Ongeldig(fouten);

    const batch = {
      id: await maakImportBatch(this.db.em, {
        vestigingId: actor.vestigingId,
        instellingId: actor.instellingId,
        gebruikerId: actor.gebruikerId,
        proefrun: dto.proefrun,
        kolommen: dto.kolommen,
        inhoud: dto.csv,
        totaal: aantal,
      }),
    };
    const job = {
      batchId: batch!.id,
      gebruikerId: actor.gebruikerId,
      vestigingId: actor.vestigingId,
      instellingId: actor.instellingId,
    };
    this.db.afterCommit(() => this.queue.add(JOB_IMPORT_VERWERK, job, { ...DEFAULT_JOB_OPTS, jobId: importJobId(batch!.id) }));
    await this.audit.log({
      actie: 'create',
      subjectType: 'MeldingImport',
      subjectId: batch!.id,
      doel: 'verzuimmeldingen',
      resultaat: 'toegestaan',
    });
    return this.status(batch!.id);
  }

  async status(id: string): Promise<ImportStatus> {
    const b = await importBatchStatus(this.db.em, id);
    if (!b) throw NietGevonden('Deze import');
    return b;
  }
}
