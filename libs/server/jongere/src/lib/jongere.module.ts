import { Module } from '@nestjs/common';
import { JONGERE_SESSION_RESOLVER } from '@rmc/server-core';
import { JongereController } from './jongere.controller';
import { JongereSessieService } from './jongere-sessie.service';
import { JongereToegangController, JongereUitnodigingController } from './jongere-toegang.controller';
import { JongereService } from './jongere.service';
import { EmailCodeAuthenticator, JongereToegangService, LinkAuthenticator } from './toegang.service';
import { JongereWissenModule } from './wissen';

/**
 * The young person's channel (issue 15 part 2, docs/jongere-kanaal.md): invitation, login (link, e-mail
 * code; a DigiD broker later behind `JongereAuthenticator`), their own session, and their pages.
 * Exports the session port the global guard uses for `rmcj_` tokens.
 */
@Module({
  imports: [JongereWissenModule],
  controllers: [JongereUitnodigingController, JongereToegangController, JongereController],
  providers: [
    JongereSessieService,
    LinkAuthenticator,
    EmailCodeAuthenticator,
    JongereToegangService,
    JongereService,
    { provide: JONGERE_SESSION_RESOLVER, useExisting: JongereSessieService },
  ],
  exports: [JONGERE_SESSION_RESOLVER],
})
export class JongereModule {}
