import {
  ERASURE_PARTICIPANTS,
  PersoonWisser,
  verwijderPersoon,
  wisDeelnemer,
  wisVolgorde,
  type WisDeelnemer,
} from './verwijderen';

const persoon = { id: 'p1', bsn: '123456782', regio_id: 'r1' };
const q = { query: async () => [] as never[] };

function deelnemer(context: string, volgorde: number, log: string[], extra: Partial<WisDeelnemer> = {}): WisDeelnemer {
  return {
    context,
    volgorde,
    tabellen: [context],
    async wis(_q, _p, ronde) {
      log.push(`wis ${context} ${ronde.casusIds.join(',')}|${ronde.onderwerpen.join(',')}`);
    },
    ...extra,
  };
}

describe('erasure runner', () => {
  it('collects first, then erases by volgorde (not by registration order), and merges the recipients', async () => {
    const log: string[] = [];
    const lijst = [
      deelnemer('personen', 90, log),
      deelnemer('casus', 10, log, {
        async verzamel() {
          log.push('verzamel casus');
          return { casusIds: ['c1'], onderwerpen: ['a1', 'c1'] };
        },
        async wis() {
          log.push('wis casus');
          return ['u1', 'u2'];
        },
      }),
      deelnemer('meldingen', 40, log, {
        async verzamel(_q, _p, ronde) {
          log.push(`verzamel meldingen ziet ${ronde.casusIds.join(',')}`);
          return { onderwerpen: ['m1'] };
        },
        async wis() {
          log.push('wis meldingen');
          return ['u2', 'u3'];
        },
      }),
      deelnemer('herinneringen', 0, log),
    ];
    expect(await verwijderPersoon(q, persoon, lijst)).toEqual(['u1', 'u2', 'u3']);
    expect(log).toEqual([
      'verzamel casus',
      'verzamel meldingen ziet c1',
      'wis herinneringen c1|a1,c1,m1',
      'wis casus',
      'wis meldingen',
      'wis personen c1|a1,c1,m1',
    ]);
  });

  it('refuses two participants with one volgorde, and an empty list (an erasure that deletes nothing)', async () => {
    expect(() => wisVolgorde([deelnemer('a', 10, []), deelnemer('b', 10, [])])).toThrow(/share volgorde 10/);
    await expect(verwijderPersoon(q, persoon, [])).rejects.toThrow(/no erasure participants/);
  });

  it('a failing participant stops the run (the caller’s transaction rolls every earlier one back)', async () => {
    const log: string[] = [];
    const lijst = [
      deelnemer('eerst', 10, log),
      deelnemer('fout', 20, log, {
        async wis() {
          throw new Error('foreign key');
        },
      }),
      deelnemer('nooit', 30, log),
    ];
    await expect(verwijderPersoon(q, persoon, lijst)).rejects.toThrow('foreign key');
    expect(log).toEqual(['wis eerst |']);
  });

  it('wisDeelnemer adds its participant to the ERASURE_PARTICIPANTS list once; PersoonWisser runs that list', async () => {
    const lijst: WisDeelnemer[] = [];
    const d = deelnemer('casus', 10, []);
    const provider = wisDeelnemer(d) as { provide: string; useFactory: (l: WisDeelnemer[]) => WisDeelnemer; inject: unknown[] };
    expect(provider.inject).toEqual([ERASURE_PARTICIPANTS]);
    expect(provider.provide).toBe('wis-deelnemer:casus:10');
    provider.useFactory(lijst);
    provider.useFactory(lijst);
    expect(lijst).toEqual([d]);
    expect(new PersoonWisser(lijst).deelnemers).toEqual([d]);
  });
});
