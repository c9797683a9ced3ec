import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { defineAbilityFor } from '@rmc/shared-authz';
import type { Request } from 'express';
import { ClsService } from 'nestjs-cls';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { NietIngelogd, Problem, Verboden } from '../http/problems';
import type { ClsStore } from '../tenancy/request-context';
import { PUBLIC_KEY, VEREIST_KEY, type Vereiste } from './decorators';
import {
  JONGERE_SESSION_COOKIE,
  JONGERE_SESSION_RESOLVER,
  JONGERE_TOKEN_PREFIX,
  SESSION_COOKIE,
  SESSION_RESOLVER,
  type SessionResolver,
} from './session-resolver';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Global, deny by default: every route is authenticated and declares a permission, or is @Public. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly origin: string;

  constructor(
    private readonly reflector: Reflector,
    private readonly cls: ClsService<ClsStore>,
    private readonly audit: AuditService,
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(JONGERE_SESSION_RESOLVER) private readonly jongeren?: SessionResolver,
  ) {
    this.origin = new URL(config.publicUrl).origin;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const vereist = this.reflector.getAllAndOverride<Vereiste>(VEREIST_KEY, targets);

    const req = context.switchToHttp().getRequest<Request>();
    const { token, viaCookie } = tokenFrom(req);
    if (!token) throw NietIngelogd();
    // Defence in depth on top of SameSite=Strict: a cookie-authenticated change must come from our portal.
    if (viaCookie && !SAFE.has(req.method) && req.get('x-requested-with') !== 'rmc-portal')
      throw new Problem('csrf', 'Verzoek geweigerd: ontbrekende portal-header (X-Requested-With).');
    // ... and from our origin: a foreign Origin, or a browser that says the request is cross-site, is refused.
    if (viaCookie && !SAFE.has(req.method) && vreemdeHerkomst(req, this.origin))
      throw new Problem('csrf', 'Verzoek geweigerd: het verzoek komt niet van het portaal (Origin/Sec-Fetch-Site).');
    // A young person's token (jongere context) never goes to the professionals' resolver, nor the reverse.
    const actor = token.startsWith(JONGERE_TOKEN_PREFIX)
      ? ((await this.jongeren?.resolve(token)) ?? null)
      : await this.sessions.resolve(token);
    if (!actor) throw NietIngelogd('Uw sessie is verlopen of beëindigd. Log opnieuw in.');
    const ability = defineAbilityFor(actor);
    this.cls.set('actor', actor);
    this.cls.set('ability', ability);

    if (!vereist) {
      await this.audit.logRefusal({
        actie: 'read',
        subjectType: 'route-zonder-permissie',
        subjectId: req.route?.path ?? null,
        doel: 'toegangscontrole',
      });
      throw Verboden();
    }
    // The account routes (me, TOTP, notifications) are a professional's; a young person's session has its own routes.
    if (vereist.subject === 'sessie') {
      if (actor.persoonId) throw Verboden();
      return true;
    }
    if (actor.totpInstellenVereist) throw new Problem('totp-instellen-vereist', 'Stel eerst tweestapsverificatie in.');
    const subjects = typeof vereist.subject === 'string' ? [vereist.subject] : vereist.subject;
    if (!subjects.some((s) => ability.can(vereist.actie, s))) {
      await this.audit.logRefusal({
        actie: auditActie(vereist.actie),
        subjectType: subjects.join('|'),
        subjectId: idParam(req),
        doel: 'toegangscontrole',
      });
      throw Verboden();
    }
    return true;
  }
}

/** The session token of a request (Bearer header or session cookie), for a route that re-checks its session later (SSE). */
export function sessieToken(req: Request): string | null {
  return tokenFrom(req).token;
}

function tokenFrom(req: Request): { token: string | null; viaCookie: boolean } {
  const h = req.get('authorization');
  if (h?.startsWith('Bearer ')) return { token: h.slice(7).trim() || null, viaCookie: false };
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  // The jongere cookie is scoped to /api/v1/jongere: where it is sent, it is the session meant.
  const c = cookies?.[JONGERE_SESSION_COOKIE] || cookies?.[SESSION_COOKIE];
  return { token: c || null, viaCookie: Boolean(c) };
}

/** An Origin header other than PUBLIC_URL's origin, or Sec-Fetch-Site: cross-site. No header is no evidence. */
export function vreemdeHerkomst(req: Request, origin: string): boolean {
  const o = req.get('origin');
  if (o !== undefined && o !== origin) return true;
  return req.get('sec-fetch-site')?.toLowerCase() === 'cross-site';
}

function idParam(req: Request): string | null {
  const id = req.params?.['id'];
  return typeof id === 'string' ? id.slice(0, 64) : null;
}

function auditActie(a: string) {
  return (a === 'invite' ? 'invite' : a === 'manage' ? 'update' : a) as 'read' | 'create' | 'update' | 'delete' | 'invite';
}
