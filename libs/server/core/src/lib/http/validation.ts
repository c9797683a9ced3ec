import { ParseUUIDPipe, ValidationPipe } from '@nestjs/common';
import { isKalenderdatum } from '@rmc/shared-domain';
import {
  getMetadataStorage,
  ValidateBy,
  ValidationError,
  ValidationTypes,
  type ValidationOptions,
  type ValidatorOptions,
} from 'class-validator';
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
  isLength: () => 'De invoer heeft niet de juiste lengte.',
  isUrl: () => 'Vul een geldige link in.',
  isNumber: () => 'Vul een getal in.',
  isObject: () => 'Geef velden met waarden (een object).',
  isNotEmptyObject: () => 'Vul minstens één veld in.',
  arrayMinSize: () => 'De lijst heeft te weinig items.',
  arrayMaxSize: () => 'De lijst heeft te veel items.',
  arrayNotEmpty: () => 'Kies minstens één.',
  nestedValidation: () => 'Dit veld heeft niet de juiste vorm.',
};

/**
 * English default messages: class-validator's ("naam must be…", "each value in x must…", "nested property
 * x…") and Nest's for a body that is no object at all ("Validation failed (object is expected)").
 */
const isStandaardBericht = (bericht: string, property: string) =>
  [
    `${property} `,
    `each value in ${property} `,
    `nested property ${property} `,
    `All elements of ${property} `,
    'Validation failed',
  ].some((p) => bericht.startsWith(p));

const VERPLICHT = 'Dit veld is verplicht.';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([key, original]) => ({
      field,
      // null is no value at all: whatever rule it broke, the field is required. Otherwise a DTO's own
      // (Dutch) message wins; class-validator's English defaults start with the property name.
      message:
        e.value === null && key !== 'whitelistValidation'
          ? VERPLICHT
          : (e.contexts?.[key]?.['message'] ??
            (isStandaardBericht(original, e.property) || key === 'whitelistValidation'
              ? (DUTCH[key]?.(field) ?? 'Deze waarde is niet toegestaan.')
              : original)),
    }));
    return [...own.slice(0, 1), ...flatten(e.children ?? [], field)];
  });
}

interface VeldRegels {
  /** Marked `@IsOptional()`: class-validator lets null through on those. */
  optioneel: Set<string>;
  /** `@ValidateNested()` without `each`: one object, yet class-validator also accepts an array (of anything). */
  eenObject: Set<string>;
  /** Any validation metadata at all: the class is a DTO. */
  dto: boolean;
}

const regelsPerKlasse = new WeakMap<object, VeldRegels>();

function regels(doel: object): VeldRegels {
  let r = regelsPerKlasse.get(doel);
  if (!r) {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(doel as (...args: never[]) => unknown, '', true, false);
    r = {
      optioneel: new Set(
        metadata
          .filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION && m.name === 'isOptional')
          .map((m) => m.propertyName),
      ),
      eenObject: new Set(
        metadata.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION && !m.each).map((m) => m.propertyName),
      ),
      dto: metadata.length > 0,
    };
    regelsPerKlasse.set(doel, r);
  }
  return r;
}

const isDto = (w: unknown): w is object =>
  typeof w === 'object' && w !== null && !Array.isArray(w) && w.constructor !== Object && regels(w.constructor).dto;

const fout = (
  target: object,
  property: string,
  value: unknown,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
) => Object.assign(new ValidationError(), { target, property, value, constraints, children });

/**
 * Two gaps in class-validator that let bad input reach the services (a 500 there):
 * - `@IsOptional()` means "may be left out", but class-validator also skips every rule for null, so
 *   `{"naam": null}` arrived as null (`null.trim()`, a NOT NULL violation). Null in an optional field
 *   is a 400 "Dit veld is verplicht." naming the field, as for a required one. Leaving it out stays allowed.
 * - `@ValidateNested()` of one object accepts an array and validates its elements instead, so
 *   `{"inhoud": []}` passed. An array there is a 400 naming the field.
 * At any depth of nested DTOs.
 */
function structuurFouten(doel: object): ValidationError[] {
  const uit: ValidationError[] = [];
  const r = regels(doel.constructor);
  for (const [sleutel, w] of Object.entries(doel)) {
    if (w === null && r.optioneel.has(sleutel)) {
      uit.push(fout(doel, sleutel, null, { isDefined: VERPLICHT }));
    } else if (Array.isArray(w) && r.eenObject.has(sleutel)) {
      uit.push(fout(doel, sleutel, w, { nestedValidation: 'Dit veld heeft niet de juiste vorm: geef één object, geen lijst.' }));
    } else if (Array.isArray(w)) {
      const kinderen = w.flatMap((el, i) => {
        const binnen = isDto(el) ? structuurFouten(el) : [];
        return binnen.length ? [fout(w, String(i), el, undefined, binnen)] : [];
      });
      if (kinderen.length) uit.push(fout(doel, sleutel, w, undefined, kinderen));
    } else if (isDto(w)) {
      const kinderen = structuurFouten(w);
      if (kinderen.length) uit.push(fout(doel, sleutel, w, undefined, kinderen));
    }
  }
  return uit;
}

class RmcValidationPipe extends ValidationPipe {
  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    const fouten = await super.validate(object, validatorOptions);
    // A field is named once: a structural refusal replaces class-validator's errors inside that field;
    // nested findings of ours only count where class-validator found nothing in that field.
    const eigen = structuurFouten(object);
    const metRegel = new Set(eigen.filter((f) => f.constraints).map((f) => f.property));
    const al = new Set(fouten.map((f) => f.property));
    return [...fouten.filter((f) => !metRegel.has(f.property)), ...eigen.filter((f) => f.constraints || !al.has(f.property))];
  }
}

/** whitelist + forbidNonWhitelisted: an unknown field is a 400 naming the field; null is never "left out". */
export function createValidationPipe(): ValidationPipe {
  return new RmcValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => Ongeldig(flatten(errors as ValidationError[])),
  });
}

/** Path ids: a malformed id is a 400 naming the parameter, never a 500 from PostgreSQL. */
export const uuidPipe = new ParseUUIDPipe({
  version: undefined,
  exceptionFactory: () => Ongeldig([{ field: 'id', message: 'Dit is geen geldige verwijzing (uuid).' }]),
});

/** Date-only fields: `@IsDatum({ message })` instead of IsISO8601, which also lets week and ordinal dates through. */
export function IsDatum(opties?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDatum',
      validator: { validate: isKalenderdatum, defaultMessage: () => 'Vul een bestaande datum in (jjjj-mm-dd).' },
    },
    opties,
  );
}

/** Date-time fields: an ISO date with a time (2026-12-01T09:30, optionally with seconds and zone). */
export function IsTijdstip(opties?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTijdstip',
      validator: {
        validate: (w: unknown) =>
          typeof w === 'string' &&
          /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/.test(w) &&
          isKalenderdatum(w.slice(0, 10)) &&
          !Number.isNaN(Date.parse(w)),
        defaultMessage: () => 'Vul datum en tijd in.',
      },
    },
    opties,
  );
}
