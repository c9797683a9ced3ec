import { permittedFieldsOf } from '@casl/ability/extra';
import { subject as asSubject } from '@casl/ability';
import type { AppAbility, SubjectType } from './subjects';

/** The fields this ability may read on this record; a rule without a field list grants `allFields`. */
export function readableFields(ability: AppAbility, type: SubjectType, record: object, allFields: readonly string[]): string[] {
  return permittedFieldsOf(ability, 'read', asSubject(type, { ...record }) as never, {
    fieldsFrom: (rule) => rule.fields || [...allFields],
  });
}

/** Copies only the fields this ability may read on this record (field-level slices). */
export function shapeFields<T extends object>(
  ability: AppAbility,
  type: SubjectType,
  record: T,
  allFields: readonly string[],
): Partial<T> {
  const fields = readableFields(ability, type, record, allFields);
  const out: Partial<T> = {};
  for (const f of fields) if (f in record) (out as Record<string, unknown>)[f] = (record as Record<string, unknown>)[f];
  return out;
}

/** Record-level check: always on the record, never on the bare type name. */
export function canOnRecord(
  ability: AppAbility,
  action: Parameters<AppAbility['can']>[0],
  type: SubjectType,
  record: object,
): boolean {
  return ability.can(action, asSubject(type, { ...record }) as never);
}
