import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { accessibleWhere, type SqlWhere } from '../tenancy/casl-sql';
import { canOnRecord, type Actie, type AppAbility, type SubjectType } from '@rmc/shared-authz';
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

  async zichtbaar<T extends object>(actie: Actie, type: SubjectType, id: string, row: T | undefined, wat?: string): Promise<T> {
    if (row && canOnRecord(this.ability, actie, type, row)) return row;
    await this.audit.logRefusal({
      actie: actie === 'invite' ? 'invite' : (actie as 'read'),
      subjectType: type,
      subjectId: id,
      doel: 'toegangscontrole',
    });
    throw NietGevonden(wat);
  }
}
