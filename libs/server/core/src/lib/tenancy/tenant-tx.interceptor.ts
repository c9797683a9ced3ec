import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { defineAbilityFor } from '@rmc/shared-authz';
import { ClsService } from 'nestjs-cls';
import { ZONDER_TRANSACTIE_KEY } from '../auth/decorators';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { Db } from './db.service';
import type { Actor, ClsStore } from './request-context';
import type { DbContext } from './db.service';

/** What the RLS policies need from the verified actor. */
export function dbContextOf(actor: Actor): DbContext {
  return {
    regioId: actor.regioId,
    gebruikerId: actor.gebruikerId,
    vestigingId: actor.vestigingId,
    instellingId: actor.instellingId,
    rol: actor.rol,
    organisatieId: actor.organisatieId,
    // RLS's platform flag is the CASL decision "every region's registry", not a role check of its own.
    platform: defineAbilityFor(actor).can('read', 'PlatformRegio'),
    casussen: actor.delingen ? actor.delingen.map((d) => d.casusId) : null,
    persoonId: actor.persoonId ?? null,
  };
}

/**
 * Wraps every authenticated request in ONE transaction whose first statement sets the tenant
 * context from the verified session. The audit rows of the request commit or roll back with it.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly cls: ClsService<ClsStore>,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const actor = this.cls.get('actor');
    if (!actor || this.reflector.getAllAndOverride<boolean>(ZONDER_TRANSACTIE_KEY, [ctx.getHandler(), ctx.getClass()]))
      return next.handle();
    return from(this.db.inContext(dbContextOf(actor), () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
