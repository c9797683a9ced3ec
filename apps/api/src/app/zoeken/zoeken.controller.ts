import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, VereistEenVan } from '@rmc/server-core';
import type { ZoekAntwoord } from '@rmc/shared-api-types';
import { ZoekAntwoordDto, ZoekRequestDto } from './zoeken.dto';
import { ZoekenService } from './zoeken.service';

/** "Vind alles" (issue 13). POST so the term (possibly a BSN) travels in the body, never in a URL or an access log. */
@ApiTags('zoeken')
@Controller('v1/zoeken')
export class ZoekenController {
  constructor(private readonly zoeken: ZoekenService) {}

  @Post()
  @HttpCode(200)
  @VereistEenVan('read', ['Persoon', 'Melding', 'Casus', 'Overleg'])
  @ApiOperation({ summary: 'Zoek een jongere, melding, casus of overleg (naam, BSN of geboortedatum), binnen wat u mag zien' })
  @ApiAntwoord(ZoekAntwoordDto)
  zoek(@Body() body: ZoekRequestDto): Promise<ZoekAntwoord> {
    return this.zoeken.zoek(body.q);
  }
}
