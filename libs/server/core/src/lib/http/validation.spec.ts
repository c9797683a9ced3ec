import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Problem } from './problems';
import { createValidationPipe } from './validation';

class Norm {
  @IsString() soort!: string;
  @IsOptional() @IsInt() minUren?: number;
}

class Wijziging {
  @IsOptional() @IsString() @Length(2, 120, { message: 'Vul een naam in van 2 tot 120 tekens.' }) naam?: string;
  @IsOptional() @IsBoolean({ message: 'Kies actief of inactief.' }) actief?: boolean;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => Norm) normen?: Norm[];
}

class Verplicht {
  @IsString() @Length(2, 120, { message: 'Vul een naam in van 2 tot 120 tekens.' }) naam!: string;
}

async function fouten(metatype: new () => object, body: unknown) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: metatype as never });
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(Problem);
    expect((e as Problem).getStatus()).toBe(400);
    return (e as Problem).errors;
  }
}

describe('validation pipe: null is never "left out"', () => {
  it('null in an optional field is 400 "Dit veld is verplicht." naming the field; leaving it out is fine', async () => {
    expect(await fouten(Wijziging, { naam: null })).toEqual([{ field: 'naam', message: 'Dit veld is verplicht.' }]);
    expect(await fouten(Wijziging, { actief: null, naam: 'Anna' })).toEqual([
      { field: 'actief', message: 'Dit veld is verplicht.' },
    ]);
    expect(await fouten(Wijziging, {})).toEqual([]);
    expect(await fouten(Wijziging, { naam: 'Anna', actief: false })).toEqual([]);
  });

  it('null at depth, in an array of nested DTOs, names the nested field', async () => {
    expect(await fouten(Wijziging, { normen: [{ soort: 'x' }, { soort: 'y', minUren: null }] })).toEqual([
      { field: 'normen.1.minUren', message: 'Dit veld is verplicht.' },
    ]);
    expect(await fouten(Wijziging, { normen: [{ soort: null }] })).toEqual([
      { field: 'normen.0.soort', message: 'Dit veld is verplicht.' },
    ]);
  });

  it('null in a required field says "Dit veld is verplicht." instead of the rule it broke', async () => {
    expect(await fouten(Verplicht, { naam: null })).toEqual([{ field: 'naam', message: 'Dit veld is verplicht.' }]);
    expect(await fouten(Verplicht, { naam: 'x' })).toEqual([{ field: 'naam', message: 'Vul een naam in van 2 tot 120 tekens.' }]);
  });

  it('an unknown field stays "unknown", also with null', async () => {
    expect(await fouten(Verplicht, { naam: 'Anna', extra: null })).toEqual([
      { field: 'extra', message: 'Dit veld is onbekend en niet toegestaan.' },
    ]);
  });
});

class Lijst {
  @IsOptional() @IsString({ each: true }) secties?: string[];
  @IsOptional() @IsString() @Length(2, 120) reeks?: string;
  @IsOptional() @ValidateNested() @Type(() => Norm) norm?: Norm;
}

describe('validation pipe: no English defaults', () => {
  it('"each value in …", a Length without a message and a nested non-object get Dutch messages', async () => {
    expect(await fouten(Lijst, { secties: [1] })).toEqual([{ field: 'secties', message: 'Vul tekst in.' }]);
    expect(await fouten(Lijst, { reeks: 'x' })).toEqual([{ field: 'reeks', message: 'De invoer heeft niet de juiste lengte.' }]);
    expect(await fouten(Lijst, { norm: 'x' })).toEqual([{ field: 'norm', message: 'Dit veld heeft niet de juiste vorm.' }]);
    // Nest's own refusal of a body that is no object.
    expect(await fouten(Wijziging, [])).toEqual([{ field: 'body', message: 'Geef velden met waarden (een object).' }]);
  });
});

class Agenda {
  @ValidateNested() @Type(() => Norm) inhoud!: Norm;
}

describe('validation pipe: one nested object is not a list', () => {
  it('an array where one nested DTO belongs is 400 naming the field (class-validator validates its elements instead)', async () => {
    expect(await fouten(Agenda, { inhoud: [] })).toEqual([
      { field: 'inhoud', message: 'Dit veld heeft niet de juiste vorm: geef één object, geen lijst.' },
    ]);
    expect(await fouten(Agenda, { inhoud: [{}] })).toEqual([
      { field: 'inhoud', message: 'Dit veld heeft niet de juiste vorm: geef één object, geen lijst.' },
    ]);
    expect(await fouten(Agenda, { inhoud: { soort: 'x' } })).toEqual([]);
  });
});
