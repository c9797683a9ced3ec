import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { accessibleWhere, type SqlWhere } from '../tenancy/casl-sql';
import { canOnRecord, readableFields, type Actie, type AppAbility, type SubjectType } from '@rmc/shared-authz';
import { AuditService } from '../audit/audit.service';
import { NietGevonden, NietIngelogd } from '../http/problems';
import type { ClsStore } from '../tenancy/request-context';

/**
 * Record-level checks: a record the actor may not see is answered as if it did not exist (404),
 * and the refusal is audited. Lists are filtered in SQL from the same CASL rules.
 */
@Injectable()
export class RecordAccess {
  constructor(
    private readonly cls: ClsService<ClsStore>,
    private readonly audit: AuditService,
  ) {}

  get ability(): AppAbility {
    const a = this.cls.get('ability');
    if (!a) throw NietIngelogd();
    return a;
  }

  where(actie: Actie, type: SubjectType, columns: Record<string, string>, offset = 0): SqlWhere {
    return accessibleWhere(this.ability, actie, type, columns, offset);
  }

  /**
   * Opens one record for reading, in ONE call: the record check (404 and an audited refusal when the actor
   * may not see it) and the audited read (`read`, with the person's pseudonym), so a read of personal data
   * without its audit row cannot be written by accident. Returns the fields the actor may read of this
   * record, computed once from the CASL field rules (a rule without a field list grants `alleVelden`):
   * the caller loads only the sections behind those fields. The audit row is written in the request's
   * transaction, so a read that fails later leaves no row and returns nothing.
   */
  async lees<T extends object>(
    type: SubjectType,
    id: string,
    row: T | undefined,
    opties: { alleVelden: readonly string[]; doel: string; persoonSleutel?: (row: T) => string | null; wat?: string },
  ): Promise<{ row: T; velden: ReadonlySet<string> }> {
    const zichtbaar = await this.zichtbaar('read', type, id, row, opties.wat);
    const velden = new Set(readableFields(this.ability, type, zichtbaar, opties.alleVelden));
    await this.audit.log({
      actie: 'read',
      subjectType: type,
      subjectId: id,
      persoonSleutel: opties.persoonSleutel?.(zichtbaar) ?? null,
      doel: opties.doel,
      resultaat: 'toegestaan',
    });
    return { row: zichtbaar, velden };
  }

  /**
   * The record check alone (404 + audited refusal). For changes; a read of personal data goes through
   * `lees`, which also writes the read audit.
   */
  async zichtbaar<T extends object>(actie: Actie, type: SubjectType, id: string, row: T | undefined, wat?: string): Promise<T> {
    if (row && canOnRecord(this.ability, actie, type, row)) return row;
    await this.audit.logRefusal({
      actie: actie === 'invite' ? 'invite' : actie === 'assign' || actie === 'manage' ? 'update' : (actie as 'read'),
      subjectType: type,
      subjectId: id,
      doel: 'toegangscontrole',
    });
    throw NietGevonden(wat);
  }
}
