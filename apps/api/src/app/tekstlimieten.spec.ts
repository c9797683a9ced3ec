import { getMetadataStorage } from 'class-validator';
import { globSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Issue 12: every text in a request body has a length limit (the fuzz stored 200,000 characters where
 * one was missing). This walks class-validator's metadata of every DTO of the API: a property that must
 * be a string (or each item a string) needs `@MaxLength`, `@Length(min, max)`, `@IsIn`, `@IsUUID` or a
 * pattern of bounded length; a free object needs a check of its own, listed here with where it is.
 */
const GEEN_DTO_LIMIET: Record<string, string> = {
  'IntakeDto.antwoorden': 'controleerIntake (shared-domain tekstlimieten.ts) in CasusService.intake',
  'Big5Dto.principes': 'controleerBig5 in CasusService.big5',
  'ScanDto.scores': 'controleerNotitie per leefgebied in CasusService.scan',
  'FaseDto.evaluatie': 'controleerEvaluatie (2000 per antwoord)',
  'ImportStartDto.kolommen': 'ImportService: every key must be a column of the file, every value a known field',
  'MachtigingDto.inhoud': 'MachtigingService: at most MACHTIGING_MAX_BYTES after base64 decoding',
  'MachtigingDto.mime': 'MachtigingService: one of MACHTIGING_TYPES',
  'JongereCodeInlogBody.code': 'six digits (spaces around them allowed); compared, never stored',
};

it('every text field of a request DTO has a length limit', () => {
  const root = join(__dirname, '../../../..');
  const bestanden = globSync(['libs/server/*/src/lib/**/*.ts', 'apps/api/src/**/*.ts'], { cwd: root }).filter(
    (f) => !f.endsWith('.spec.ts') && /dto|controller/.test(f),
  );
  for (const f of bestanden) require(join(root, f));
  const opslag = getMetadataStorage() as unknown as {
    validationMetadatas: Map<
      abstract new (...args: never[]) => unknown,
      Array<{ propertyName: string; name?: string; constraints?: unknown[] }>
    >;
  };
  const zonder: string[] = [];
  let tekstvelden = 0;
  for (const [doel, regels] of opslag.validationMetadatas) {
    const perVeld = new Map<string, typeof regels>();
    for (const r of regels) perVeld.set(r.propertyName, [...(perVeld.get(r.propertyName) ?? []), r]);
    for (const [veld, rs] of perVeld) {
      const namen = rs.map((r) => r.name);
      if (!namen.includes('isString') && !namen.includes('isObject')) continue;
      tekstvelden++;
      const begrensd = rs.some(
        (r) =>
          ['maxLength', 'isIn', 'isUuid', 'isEnum'].includes(r.name ?? '') ||
          (r.name === 'isLength' && r.constraints?.[1] != null) ||
          (r.name === 'matches' && /^\^[^*+]*\$$/.test((r.constraints?.[0] as RegExp).source)),
      );
      const naam = `${doel.name}.${veld}`;
      if (!begrensd && !GEEN_DTO_LIMIET[naam]) zonder.push(naam);
    }
  }
  expect(tekstvelden).toBeGreaterThan(100);
  expect(zonder.sort()).toEqual([]);
});
