import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiFoundResponse, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import {
  ApiAntwoord,
  ApiGeenInhoud,
  ApiLijst,
  CurrentActor,
  Db,
  Ingelogd,
  Public,
  SESSION_COOKIE,
  Vereist,
  uuidPipe,
  type Actor,
} from '@rmc/server-core';
import type { IdentiteitsproviderDto, SsoKnop, SsoUitloggenResponse } from '@rmc/shared-api-types';
import type { CookieOptions, Request, Response } from 'express';
import { idpKnoppen } from './data/sso.queries';
import { BackchannelLogoutDto, IdentiteitsproviderCreateDto, IdentiteitsproviderUpdateDto, SsoTotpDto } from './dto';
import { IdentiteitsprovidersService } from './identiteitsproviders.service';
import {
  IdentiteitsproviderAntwoordDto,
  SsoIngelogdAntwoordDto,
  SsoKnopAntwoordDto,
  SsoUitloggenAntwoordDto,
} from './responses.dto';
import { naarPortaal, SSO_COOKIE, SSO_COOKIE_PAD, SsoLoginService } from './sso-login.service';

/** Read per request so the limit follows LOGIN_RATE_LIMIT_PER_MINUTE (as the password login). */
const loginLimit = () => Number(process.env['LOGIN_RATE_LIMIT_PER_MINUTE'] || 30);
const SESSIE_COOKIE: CookieOptions = { httpOnly: true, secure: true, sameSite: 'strict', path: '/api' };
const AANVRAAG_COOKIE: CookieOptions = {
  httpOnly: true,
  secure: true,
  sameSite: 'lax',
  path: SSO_COOKIE_PAD,
  maxAge: 10 * 60_000,
};

/** Single sign-on login (docs/sso.md): buttons, start, callback, TOTP step, logout, back-channel logout. */
@ApiTags('auth')
@Controller('v1/auth/sso')
export class SsoLoginController {
  constructor(
    private readonly sso: SsoLoginService,
    private readonly db: Db,
  ) {}

  /** Every active provider's name: no input, so nothing about accounts or addresses can be learned. */
  @Public()
  @Get('providers')
  @ApiLijst(SsoKnopAntwoordDto)
  knoppen(): Promise<SsoKnop[]> {
    return this.db.inContext({}, (em) => idpKnoppen(em));
  }

  @Public()
  @Get(':idpId/start')
  @ApiFoundResponse({ description: 'Naar de identiteitsprovider (of terug naar /inloggen met sso-fout).' })
  @Throttle({ default: { limit: loginLimit, ttl: 60_000 } })
  async start(@Param('idpId', uuidPipe) idpId: string, @Res() res: Response): Promise<void> {
    const { redirect, cookie } = await this.sso.start(idpId);
    if (cookie) res.cookie(SSO_COOKIE, cookie, AANVRAAG_COOKIE);
    res.redirect(302, redirect);
  }

  @Public()
  @Get('callback')
  @ApiFoundResponse({ description: 'Naar het portaal: ingelogd, de TOTP-stap, of /inloggen met sso-fout.' })
  @Throttle({ default: { limit: loginLimit, ttl: 60_000 } })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const uitkomst = await this.sso.callback(req.cookies?.[SSO_COOKIE], query);
    res.clearCookie(SSO_COOKIE, { path: SSO_COOKIE_PAD });
    if (uitkomst.soort === 'ingelogd') {
      res.cookie(SESSION_COOKIE, uitkomst.token, SESSIE_COOKIE);
      res.redirect(302, naarPortaal.ingelogd);
    } else if (uitkomst.soort === 'totp') {
      res.cookie(SSO_COOKIE, uitkomst.cookie, AANVRAAG_COOKIE);
      res.redirect(302, naarPortaal.totp);
    } else res.redirect(302, naarPortaal.fout(uitkomst.fout));
  }

  @Public()
  @Post('totp')
  @HttpCode(200)
  @ApiAntwoord(SsoIngelogdAntwoordDto)
  @Throttle({ default: { limit: loginLimit, ttl: 60_000 } })
  async totp(
    @Body() dto: SsoTotpDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ ingelogd: true }> {
    const token = await this.sso.totp(req.cookies?.[SSO_COOKIE], dto.totp);
    res.clearCookie(SSO_COOKIE, { path: SSO_COOKIE_PAD });
    res.cookie(SESSION_COOKIE, token, SESSIE_COOKIE);
    return { ingelogd: true };
  }

  /** Ends the session; for a single sign-on session also the provider's logout URL (RP-initiated logout). */
  @Ingelogd()
  @Post('uitloggen')
  @HttpCode(200)
  @ApiAntwoord(SsoUitloggenAntwoordDto)
  async uitloggen(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<SsoUitloggenResponse> {
    const redirectUrl = await this.sso.uitloggen(actor);
    res.clearCookie(SESSION_COOKIE, { path: '/api' });
    return { redirectUrl };
  }

  /** OpenID Connect Back-Channel Logout: the provider posts a signed logout_token (form-encoded). */
  @Public()
  @Post(':idpId/backchannel-logout')
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiGeenInhoud()
  async backchannel(
    @Param('idpId', uuidPipe) idpId: string,
    @Body() dto: BackchannelLogoutDto,
    @Res() res: Response,
  ): Promise<void> {
    const ok = await this.sso.backchannel(idpId, dto.logout_token);
    res.status(ok ? 200 : 400).end();
  }
}

@ApiTags('identiteitsproviders')
@Controller('v1/identiteitsproviders')
export class IdentiteitsprovidersController {
  constructor(private readonly service: IdentiteitsprovidersService) {}

  @Vereist('read', 'Identiteitsprovider')
  @Get()
  @ApiLijst(IdentiteitsproviderAntwoordDto)
  lijst(): Promise<IdentiteitsproviderDto[]> {
    return this.service.lijst();
  }

  @Vereist('read', 'Identiteitsprovider')
  @Get(':id')
  @ApiAntwoord(IdentiteitsproviderAntwoordDto)
  een(@Param('id', uuidPipe) id: string): Promise<IdentiteitsproviderDto> {
    return this.service.een(id);
  }

  @Vereist('create', 'Identiteitsprovider')
  @Post()
  @ApiAntwoord(IdentiteitsproviderAntwoordDto, 201)
  maak(@CurrentActor() actor: Actor, @Body() dto: IdentiteitsproviderCreateDto): Promise<IdentiteitsproviderDto> {
    return this.service.maak(actor, dto);
  }

  @Vereist('update', 'Identiteitsprovider')
  @Patch(':id')
  @ApiAntwoord(IdentiteitsproviderAntwoordDto)
  wijzig(@Param('id', uuidPipe) id: string, @Body() dto: IdentiteitsproviderUpdateDto): Promise<IdentiteitsproviderDto> {
    return this.service.wijzig(id, dto);
  }
}
