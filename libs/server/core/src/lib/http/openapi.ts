import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
  type OpenAPIObject,
} from '@nestjs/swagger';
import { PROBLEEM_CODES, PROBLEMEN } from '@rmc/shared-api-types';

/*
 * OpenAPI response schemas. Every route declares its 2xx answer with one of these (or @ApiOkResponse /
 * @ApiCreatedResponse with a response class that `implements` the shared type from @rmc/shared-api-types),
 * checked by apps/api/test/openapi.int-spec.ts against the committed docs/openapi.json.
 */

/** The paging fields of every list answer (`Paged<T>` in @rmc/shared-api-types). */
export class PaginaMetaDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Aantal rijen van het filter, null waar tellen te duur is' })
  total!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Cursor van de volgende pagina (?cursor=), null op de laatste' })
  volgende!: string | null;
}

/** 200 with one page of `item` (`Paged<T>`); `extra` adds fields next to items/total/volgende. */
export function ApiPagina(item: Type<unknown>, extra: Record<string, object> = {}) {
  return applyDecorators(
    ApiExtraModels(PaginaMetaDto, item),
    ApiOkResponse({
      schema: {
        allOf: [
          { $ref: getSchemaPath(PaginaMetaDto) },
          {
            type: 'object',
            required: ['items', ...Object.keys(extra)],
            properties: { items: { type: 'array', items: { $ref: getSchemaPath(item) } }, ...extra },
          },
        ],
      },
    }),
  );
}

/** A 2xx answer that is a list of `item` (not paged). */
export function ApiLijst(item: Type<unknown>, status: 200 | 201 = 200) {
  return ApiResponse({ status, type: item, isArray: true });
}

/** A 2xx JSON answer of class `type` (200, or 201 for a POST that creates, 202 for accepted work). */
export function ApiAntwoord(type: Type<unknown>, status: 200 | 201 | 202 = 200) {
  return status === 200 ? ApiOkResponse({ type }) : status === 201 ? ApiCreatedResponse({ type }) : ApiResponse({ status, type });
}

/** 204 without a body. */
export const ApiGeenInhoud = (description = 'Gelukt, geen inhoud') => ApiNoContentResponse({ description });

/** 200 with a file (PDF, CSV) or a text stream of the given media type. */
export function ApiBestand(mediaType: string, description: string) {
  return ApiOkResponse({ description, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } });
}

/** A free-form JSON object (records whose keys depend on the caller's permitted fields). */
export const ApiVrijObject = (description?: string, optional = false) =>
  (optional ? ApiPropertyOptional : ApiProperty)({ type: 'object', additionalProperties: true, description });

/**
 * Adds the problem registry to the document: the enum schema `ProblemCode` (one value per code, with its
 * status in `x-status`) and `ProblemDetails`, the body of every 4xx/5xx answer (each operation's `default`).
 */
export function voegProbleemSchemasToe(doc: OpenAPIObject): OpenAPIObject {
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas['ProblemCode'] = {
    type: 'string',
    enum: [...PROBLEEM_CODES],
    description: 'Code van een fout (laatste deel van `type`); status en titel per code in docs/problems.md.',
    'x-status': Object.fromEntries(PROBLEEM_CODES.map((c) => [c, PROBLEMEN[c].status])),
  } as never;
  doc.components.schemas['ProblemDetails'] = {
    type: 'object',
    description: 'RFC 9457 problem+json',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string', example: 'https://rmc.example.nl/problemen/niet-gevonden' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      code: { $ref: '#/components/schemas/ProblemCode' },
      traceId: { type: 'string' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['field', 'message'],
          properties: { field: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
  };
  // Every operation: any 4xx/5xx is a problem+json body.
  for (const ops of Object.values(doc.paths))
    for (const op of Object.values(ops as Record<string, { responses?: Record<string, unknown> }>))
      if (op && typeof op === 'object' && op.responses)
        op.responses['default'] ??= {
          description: 'Fout (problem+json)',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
        };
  return doc;
}
