import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import {
  createLogger,
  createValidationPipe,
  exportVoorfilter,
  invoerBewaking,
  PinoNestLogger,
  problemBijClientFout,
  voegProbleemSchemasToe,
  type AppConfig,
} from '@rmc/server-core';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { heeftPortaal, portaalStatisch } from './portaal-statisch';

/** Builds the HTTP API (used by main.ts, the demo launcher and the integration tests). */
export async function createApi(config: AppConfig): Promise<{ app: INestApplication; openapi: OpenAPIObject }> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: new PinoNestLogger(createLogger(config.logLevel)),
  });
  // A URL or headers too long for Node's parser: a problem+json 431, not a bare one.
  problemBijClientFout(app.getHttpServer());
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(cookieParser());
  // A flood of exports from one session is refused (503) before authentication costs anything.
  app.use('/api/v1', exportVoorfilter(config));
  // CSV uploads of up to 100,000 meldingen (the CSV at most 60,000,000 characters, plus JSON escaping).
  app.use('/api/v1/meldingen/import', express.json({ limit: '80mb' }));
  // A signed machtiging (at most 5 MB) arrives base64 in JSON.
  app.use(/^\/api\/v1\/casussen\/[^/]+\/delingen\/[^/]+\/machtiging$/, express.json({ limit: '8mb' }));
  // OpenID Connect back-channel logout: the provider posts its logout_token form-encoded.
  app.use(/^\/api\/v1\/auth\/sso\/[^/]+\/backchannel-logout$/, express.urlencoded({ extended: false, limit: '32kb' }));
  app.useBodyParser('json', { limit: '1mb' });
  // Hostile input (deep nesting, NUL characters, broken Unicode) is a 400 before any validator sees it.
  app.use('/api', invoerBewaking());
  // Personal data must never sit in a browser or proxy cache.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());

  // The problem registry (ProblemCode, ProblemDetails) is part of the contract: see docs/problems.md.
  const openapi = voegProbleemSchemasToe(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('RMC-platform API').setVersion('1').addBearerAuth().addCookieAuth('rmc_sessie').build(),
    ),
  );
  app.use('/api/openapi.json', (_req: Request, res: Response) => res.json(openapi));
  SwaggerModule.setup('api/docs', app, openapi, { jsonDocumentUrl: 'api/docs-json' });

  if (heeftPortaal(config.portalDist)) {
    // Precompressed (brotli, gzip) and cached by hash: ADR 0019.
    for (const stap of portaalStatisch(config.portalDist)) app.use(stap);
  }
  return { app, openapi };
}
