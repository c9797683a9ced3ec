import { migratieTijdstip } from '@rmc/server-database';
import { MIGRATIONS } from './index';

describe('the ordered migration list', () => {
  it('keeps every migration an existing database already ran, by the same name and in the same order', () => {
    // Moving a migration to its context's folder must not change its class name or timestamp: TypeORM
    // matches the `schema_migraties` rows by name, so a renamed one would run again on an existing database.
    expect(MIGRATIONS.map((m) => new m().name ?? m.name)).toEqual([
      'Foundation1732300000000',
      'Meldingen1732400000000',
      'Systeemkoppelingen1732500000000',
      'Casus1732600000000',
      'Overdracht1732700000000',
      'Inzage1732800000000',
      'Overleg1732900000000',
      'Herinneringen1733000000000',
      'Bewaartermijn1733100000000',
      'OutboxLease1733200000000',
      'Fasehistorie1733300000000',
      'TakenEnMeldingslice1733400000000',
      'OntvangenPakketWissen1733500000000',
      'OntvangstEnInzage1733600000000',
      'VervolgmeldingLos1733700000000',
      'DelingDagEnOverdrachtSlot1733800000000',
      'Machtiging1733900000000',
      'SchoolzijdeBewaartermijn1734000000000',
      'ComplianceZonderPersoon1734100000000',
      'PlanVanAanpak1734200000000',
      'ScanHartslag1734300000000',
      'LijstIndexen1734400000000',
      'RlsPlanner1734500000000',
      'TakenDueIndexen1734600000000',
      'AuthHardening1734800000000',
      'AuditKeten1734900000000',
      'NationaalRapportage1735000000000',
      'NationaalFilters1735100000000',
      'SessieMfaExtern1735300000000',
      'Sso1735310000000',
      'ActieVanJongere1735490000000',
      'JongereKanaal1735500000000',
      'Zoeken1735700000000',
      'MeldingZoeken1735710000000',
      'OverlegZoeken1735720000000',
      'SsoLogoutJti1735730000000',
      'OutboxLink1735740000000',
      'JongereLinkBijVerzenden1735740000001',
      'SsoIdpPlatformAlleenInstellingen1735750000000',
    ]);
  });

  it('is ordered by timestamp and every class name matches its name property', () => {
    const tijden = MIGRATIONS.map(migratieTijdstip);
    expect(tijden).toEqual([...tijden].sort((a, b) => a - b));
    for (const m of MIGRATIONS) expect(new m().name).toBe(m.name);
  });
});
