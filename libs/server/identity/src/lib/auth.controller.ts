import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { ApiAntwoord, ApiGeenInhoud, CurrentActor, Ingelogd, Public, SESSION_COOKIE, type Actor } from '@rmc/server-core';
import type { LoginResponse, MeResponse, TotpInstellenResponse } from '@rmc/shared-api-types';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { LoginDto, TotpActiverenDto, WachtwoordInstellenDto } from './dto';
import { MeService } from './me.service';
import { LoginAntwoordDto, MeAntwoordDto, TotpInstellenAntwoordDto } from './responses.dto';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly me: MeService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiAntwoord(LoginAntwoordDto)
  @Throttle({ default: { limit: loginLimit, ttl: 60_000 } })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    const uitkomst = await this.auth.login(dto.email, dto.wachtwoord, dto.totp);
    if ('totpVereist' in uitkomst) return { totpVereist: true };
    res.cookie(SESSION_COOKIE, uitkomst.token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/api' });
    // The portal works with the httpOnly cookie only: page scripts never see the token.
    if (req.get('x-requested-with') === 'rmc-portal') return { ingelogd: true };
    return { accessToken: uitkomst.token };
  }

  @Ingelogd()
  @Post('logout')
  @HttpCode(204)
  @ApiGeenInhoud()
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(actor);
    res.clearCookie(SESSION_COOKIE, { path: '/api' });
  }

  @Ingelogd()
  @Get('me')
  @ApiAntwoord(MeAntwoordDto)
  me_(@CurrentActor() actor: Actor): Promise<MeResponse> {
    return this.me.voor(actor);
  }

  @Ingelogd()
  @Post('totp/instellen')
  @HttpCode(200)
  @ApiAntwoord(TotpInstellenAntwoordDto)
  totpInstellen(@CurrentActor() actor: Actor): Promise<TotpInstellenResponse> {
    return this.auth.totpInstellen(actor);
  }

  @Ingelogd()
  @Post('totp/activeren')
  @HttpCode(204)
  @ApiGeenInhoud()
  totpActiveren(@CurrentActor() actor: Actor, @Body() dto: TotpActiverenDto): Promise<void> {
    return this.auth.totpActiveren(actor, dto.code);
  }

  @Public()
  @Post('wachtwoord-instellen')
  @HttpCode(204)
  @ApiGeenInhoud()
  @Throttle({ default: { limit: loginLimit, ttl: 60_000 } })
  wachtwoordInstellen(@Body() dto: WachtwoordInstellenDto): Promise<void> {
    return this.auth.wachtwoordInstellen(dto.token, dto.wachtwoord);
  }
}

/** Read per request so the limit follows LOGIN_RATE_LIMIT_PER_MINUTE (validated at boot). */
function loginLimit(): number {
  return Number(process.env['LOGIN_RATE_LIMIT_PER_MINUTE'] || 30);
}
