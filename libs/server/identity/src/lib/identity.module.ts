import { Global, Module } from '@nestjs/common';
import { SESSION_RESOLVER } from '@rmc/server-core';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { GebruikersController } from './gebruikers.controller';
import { GebruikersService } from './gebruikers.service';
import { MailOntvangerModule } from './mail-ontvanger.module';
import { MeService } from './me.service';
import { SessionService } from './session.service';
import { SysteemkoppelingenController } from './systeemkoppelingen.controller';
import { SysteemkoppelingenService } from './systeemkoppelingen.service';
import { UitnodigingenService } from './uitnodigingen.service';
import { VoorkeurenController } from './voorkeuren.controller';
import { VoorkeurenService } from './voorkeuren.service';
import { WachtwoordBeleidRegister } from './wachtwoord-beleid';

/** Global: the session port (SESSION_RESOLVER) serves the guard and any route that re-checks its session (SSE). */
@Global()
@Module({
  imports: [MailOntvangerModule],
  controllers: [AuthController, GebruikersController, SysteemkoppelingenController, VoorkeurenController],
  providers: [
    SysteemkoppelingenService,
    SessionService,
    AuthService,
    MeService,
    GebruikersService,
    UitnodigingenService,
    VoorkeurenService,
    WachtwoordBeleidRegister,
    { provide: SESSION_RESOLVER, useExisting: SessionService },
  ],
  exports: [SessionService, AuthService, UitnodigingenService, WachtwoordBeleidRegister, SESSION_RESOLVER],
})
export class IdentityModule {}
