import { amsterdamDatum, amsterdamTijdstip, type IsoDate } from '@rmc/shared-domain';
import type { Db, Wisser } from '@rmc/server-core';
import type { DataSource } from 'typeorm';
import { ruimOp } from './bewaartermijn';
import type { NazorgBronnen } from './bronnen.port';
import { scanRegio, verstuurDigests, type ScanUitkomst } from './scanner';
import { ruimSchoolzijdeOp } from './schoolzijde';

export interface RegioTick {
  regioId: string;
  vandaag: IsoDate;
  scan: ScanUitkomst;
  /** Persons and meldingen erased by retention. */
  gewist: number;
  scanMs: number;
  bewaarMs: number;
}

/**
 * One tick of one region: the reminder scan, then retention, each in its own transaction and each
 * guarded by its own advisory lock (a second tick of the same region at the same time does nothing).
 * What it reads is proportional to what is due (ADR 0013). Used by the worker's scan queue and by
 * `tools/bench/scan-tick.mjs`. `bronnen`: the case and person sides (the ports casus and personen implement).
 */
export async function regioTick(
  ds: Db | DataSource,
  regioId: string,
  nu: Date,
  publicUrl: string,
  pseudonymKey: string,
  wisser: Wisser,
  bronnen: NazorgBronnen,
): Promise<RegioTick> {
  const vandaag = amsterdamDatum(nu);
  const t0 = Date.now();
  const scan = await scanRegio(ds, regioId, vandaag, publicUrl, bronnen);
  const t1 = Date.now();
  const gewist = await ruimOp(ds, regioId, vandaag, pseudonymKey, wisser, bronnen);
  return { regioId, vandaag, scan, gewist, scanMs: t1 - t0, bewaarMs: Date.now() - t1 };
}

export interface PlatformTick {
  imports: number;
  meldingen: number;
  /** Vestigingen whose school-side sweep failed (retried next tick). */
  mislukt: number;
  mailIds: string[];
}

/** The platform-wide part, one scheduler for all: school-side retention, then the daily digest after `digestTijd`. */
export async function platformTick(
  ds: Db | DataSource,
  nu: Date,
  publicUrl: string,
  pseudonymKey: string,
  digestTijd = '07:00',
): Promise<PlatformTick> {
  const vandaag = amsterdamDatum(nu);
  const school = await ruimSchoolzijdeOp(ds, vandaag, pseudonymKey);
  const mailIds = nu >= amsterdamTijdstip(vandaag, digestTijd) ? await verstuurDigests(ds, vandaag, publicUrl) : [];
  return { ...school, mailIds };
}
