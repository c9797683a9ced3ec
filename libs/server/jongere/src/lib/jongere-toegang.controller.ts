import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import {
  ApiAntwoord,
  ApiGeenInhoud,
  ApiLijst,
  CurrentActor,
  JONGERE_SESSION_COOKIE,
  Public,
  uuidPipe,
  Vereist,
  type Actor,
} from '@rmc/server-core';
import type { JongereReactieVoorConsulentDto, JongereSessieDto, JongereUitnodigingDto } from '@rmc/shared-api-types';
import type { Request, Response } from 'express';
import { SESSIE_MAX_MS } from './authenticator';
import { JongereCodeAanvraagBody, JongereCodeInlogBody, JongereLinkBody, JongereUitnodigingBody } from './dto';
import { JongereReactieVoorConsulentAntwoord, JongereSessieAntwoord, JongereUitnodigingAntwoord } from './responses.dto';
import { JongereToegangService } from './toegang.service';

/** The cookie of the youth channel: only ever sent to its own routes. */
const COOKIE = { httpOnly: true, secure: true, sameSite: 'strict' as const, path: '/api/v1/jongere' };

function loginLimit(): number {
  return Number(process.env['LOGIN_RATE_LIMIT_PER_MINUTE'] || 30);
}

/** The consulent's invitation (from the case). */
@ApiTags('jongere')
@Controller('v1/casussen')
export class JongereUitnodigingController {
  constructor(private readonly toegang: JongereToegangService) {}

  @Post(':id/jongere-uitnodiging')
  @Vereist('invite', 'JongereDossier')
  @ApiAntwoord(JongereUitnodigingAntwoord, 201)
  nodigUit(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: JongereUitnodigingBody,
  ): Promise<JongereUitnodigingDto> {
    return this.toegang.nodigUit(actor, id, dto.email);
  }

  /** The young person's answers to the plan's appointments, with what they wrote (asking to move one). */
  @Get(':id/jongere-reacties')
  @Vereist('invite', 'JongereDossier')
  @ApiLijst(JongereReactieVoorConsulentAntwoord)
  reacties(@Param('id', uuidPipe) id: string): Promise<JongereReactieVoorConsulentDto[]> {
    return this.toegang.reacties(id);
  }
}

/** The young person's login: the invitation link, then e-mail + code; logout. */
@ApiTags('jongere')
@Controller('v1/jongere')
export class JongereToegangController {
  constructor(private readonly toegang: JongereToegangService) {}

  private antwoord(req: Request, res: Response, s: JongereSessieDto & { token: string }): JongereSessieDto {
    res.cookie(JONGERE_SESSION_COOKIE, s.token, { ...COOKIE, maxAge: SESSIE_MAX_MS });
    const uit: JongereSessieDto = { ingelogd: true, verlooptOp: s.verlooptOp };
    // The portal works with the httpOnly cookie only; an API client gets the token.
    return req.get('x-requested-with') === 'rmc-portal' ? uit : { ...uit, accessToken: s.token };
  }

  @Public()
  @Post('link')
  @HttpCode(200)
  @ApiAntwoord(JongereSessieAntwoord)
  @Throttle({ default: { limit: loginLimit, ttl: 60_000 } })
  async link(
    @Body() dto: JongereLinkBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<JongereSessieDto> {
    return this.antwoord(req, res, await this.toegang.loginMetLink(dto.token));
  }

  @Public()
  @Post('code')
  @HttpCode(202)
  @ApiGeenInhoud('Als het adres bekend is, is er een code gemaild (hetzelfde antwoord voor elk adres)')
  @Throttle({ default: { limit: loginLimit, ttl: 60_000 } })
  async code(@Body() dto: JongereCodeAanvraagBody): Promise<void> {
    await this.toegang.vraagCodeAan(dto.email);
  }

  @Public()
  @Post('inloggen')
  @HttpCode(200)
  @ApiAntwoord(JongereSessieAntwoord)
  @Throttle({ default: { limit: loginLimit, ttl: 60_000 } })
  async inloggen(
    @Body() dto: JongereCodeInlogBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<JongereSessieDto> {
    return this.antwoord(req, res, await this.toegang.loginMetCode(dto.email, dto.code));
  }

  @Post('uitloggen')
  @HttpCode(204)
  @Vereist('read', 'JongereDossier')
  @ApiGeenInhoud()
  async uitloggen(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.toegang.uitloggen(actor);
    res.clearCookie(JONGERE_SESSION_COOKIE, { path: COOKIE.path });
  }
}
