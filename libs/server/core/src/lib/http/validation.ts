import { ParseUUIDPipe, ValidationPipe, type ValidationError } from '@nestjs/common';
import { isKalenderdatum } from '@rmc/shared-domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { Ongeldig, type FieldError } from './problems';

const DUTCH: Record<string, (field: string) => string> = {
  whitelistValidation: () => 'Dit veld is onbekend en niet toegestaan.',
  isNotEmpty: () => 'Dit veld is verplicht.',
  isDefined: () => 'Dit veld is verplicht.',
  isEmail: () => 'Vul een geldig e-mailadres in.',
  isString: () => 'Vul tekst in.',
  isBoolean: () => 'Kies ja of nee.',
  isInt: () => 'Vul een geheel getal in.',
  isIn: () => 'Kies een van de toegestane waarden.',
  isEnum: () => 'Kies een van de toegestane waarden.',
  isUUID: () => 'Dit is geen geldige verwijzing.',
  isArray: () => 'Geef een lijst.',
  maxLength: () => 'De invoer is te lang.',
  minLength: () => 'De invoer is te kort.',
  min: () => 'De waarde is te klein.',
  max: () => 'De waarde is te groot.',
  matches: () => 'De invoer heeft niet de juiste vorm.',
  isDateString: () => 'Vul een datum in (jjjj-mm-dd).',
  isISO8601: () => 'Vul een datum in (jjjj-mm-dd).',
  isDatum: () => 'Vul een bestaande datum in (jjjj-mm-dd).',
  isTijdstip: () => 'Vul datum en tijd in.',
  length: () => 'De invoer heeft niet de juiste lengte.',
};

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([key, original]) => ({
      field,
      // A DTO's own (Dutch) message wins; class-validator's English defaults start with the property name.
      message: e.contexts?.[key]?.['message'] ?? (original.startsWith(`${e.property} `) || key === 'whitelistValidation' ? DUTCH[key]?.(field) ?? original : original),
    }));
    return [...own.slice(0, 1), ...flatten(e.children ?? [], field)];
  });
}

/** whitelist + forbidNonWhitelisted: an unknown field is a 400 naming the field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => Ongeldig(flatten(errors)),
  });
}

/** Path ids: a malformed id is a 400 naming the parameter, never a 500 from PostgreSQL. */
export const uuidPipe = new ParseUUIDPipe({
  version: undefined,
  exceptionFactory: () => Ongeldig([{ field: 'id', message: 'Dit is geen geldige verwijzing (uuid).' }]),
});

/** Date-only fields: `@IsDatum({ message })` instead of IsISO8601, which also lets week and ordinal dates through. */
export function IsDatum(opties?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isDatum', validator: { validate: isKalenderdatum, defaultMessage: () => 'Vul een bestaande datum in (jjjj-mm-dd).' } }, opties);
}

/** Date-time fields: an ISO date with a time (2026-12-01T09:30, optionally with seconds and zone). */
export function IsTijdstip(opties?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTijdstip',
      validator: {
        validate: (w: unknown) => typeof w === 'string' && /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/.test(w) && isKalenderdatum(w.slice(0, 10)) && !Number.isNaN(Date.parse(w)),
        defaultMessage: () => 'Vul datum en tijd in.',
      },
    },
    opties,
  );
}
