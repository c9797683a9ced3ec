import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { Db } from './db.service';
import type { ClsStore } from './request-context';

/**
 * Wraps every authenticated request in ONE transaction whose first statement sets the tenant
 * context from the verified session. The audit rows of the request commit or roll back with it.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly cls: ClsService<ClsStore>,
  ) {}

  intercept(_ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const actor = this.cls.get('actor');
    if (!actor) return next.handle();
    return from(
      this.db.inContext({ regioId: actor.regioId, gebruikerId: actor.gebruikerId, platform: actor.rol === 'platform-beheerder' }, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
