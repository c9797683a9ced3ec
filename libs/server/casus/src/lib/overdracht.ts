import { Body, Controller, Get, HttpCode, Injectable, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuditService, Conflict, CurrentActor, Db, NietGevonden, Ongeldig, RecordAccess, Vereist, Verboden, uuidPipe, type Actor } from '@rmc/server-core';
import { parsePostcode } from '@rmc/shared-domain';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export class OverdrachtDto {
  @ApiProperty({ enum: ['regio', 'organisatie'] }) @IsIn(['regio', 'organisatie'], { message: 'Kies overdracht aan een andere regio of aan een organisatie.' }) soort!: 'regio' | 'organisatie';
  @ApiPropertyOptional() @IsOptional() @IsUUID('4', { message: 'Kies de ontvangende regio.' }) naarRegioId?: string;
  @ApiPropertyOptional({ description: 'Nieuwe postcode (verhuisd): moet in de ontvangende regio liggen' }) @IsOptional() @IsString() @MaxLength(8) nieuwePostcode?: string;
  @ApiPropertyOptional({ description: 'Leerplicht of Werk & Inkomen bij de leeftijdsgrens' }) @IsOptional() @IsUUID('4', { message: 'Kies de ontvangende organisatie.' }) naarOrganisatieId?: string;
  @ApiProperty() @IsString() @Length(10, 1000, { message: 'Leg de grondslag van de overdracht vast (minstens 10 tekens).' }) grondslag!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) toelichting?: string;
}

interface Pakket {
  persoon: { bsn: string; voornaam: string; achternaam: string; geboortedatum: string; postcode: string; telefoon: string | null; email: string | null };
  doelgroep: string;
  fase: string;
  laatsteScan: unknown;
  openActies: unknown[];
  contacten: number;
  overgedragenDoor: string;
}

/**
 * Warm handover: the sending case closes as "overgedragen" and the receiver gets a package under a
 * recorded grondslag (the only path by which case data crosses regions).
 */
@Injectable()
export class OverdrachtService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
  ) {}

  async draagOver(actor: Actor, casusId: string, dto: OverdrachtDto) {
    const c = await this.db.one<{ id: string; regio_id: string; persoon_id: string; doelgroep: string; fase: string }>(
      `SELECT id, regio_id, persoon_id, doelgroep, fase FROM casus WHERE id = $1`,
      [casusId],
    );
    await this.access.zichtbaar('share', 'Casus', casusId, c ? { id: c.id, regioId: c.regio_id } : undefined, 'Deze casus');
    if (['afgesloten', 'nazorg', 'beeindigd'].includes(c!.fase)) throw Conflict('casus-gesloten', 'Een afgesloten casus kan niet meer worden overgedragen.');
    let postcode: string | null = null;
    if (dto.soort === 'regio') {
      if (!dto.naarRegioId) throw Ongeldig([{ field: 'naarRegioId', message: 'Kies de ontvangende regio.' }]);
      if (dto.naarRegioId === actor.regioId) throw Ongeldig([{ field: 'naarRegioId', message: 'Kies een andere regio dan uw eigen regio.' }]);
      const pc = dto.nieuwePostcode ? parsePostcode(dto.nieuwePostcode) : null;
      if (!pc) throw Ongeldig([{ field: 'nieuwePostcode', message: 'Vul de nieuwe postcode van de jongere in (1234 AB).' }]);
      const route = await this.db.one<{ regio_id: string | null }>(`SELECT g.regio_id FROM pc4_gemeente p JOIN gemeente g ON g.code = p.gemeente_code WHERE p.pc4 = $1`, [pc.pc4]);
      if (route?.regio_id !== dto.naarRegioId) throw Ongeldig([{ field: 'nieuwePostcode', message: 'Deze postcode ligt niet in de gekozen regio.' }]);
      postcode = pc.postcode;
    } else {
      const org = dto.naarOrganisatieId && (await this.db.one<{ soort: string }>(`SELECT soort FROM organisatie WHERE id = $1 AND actief`, [dto.naarOrganisatieId]));
      if (!org || !['leerplicht', 'werk-en-inkomen'].includes(org.soort))
        throw Ongeldig([{ field: 'naarOrganisatieId', message: 'Kies leerplicht of Werk & Inkomen van uw regio.' }]);
    }
    const p = await this.db.one<Pakket['persoon']>(
      `SELECT bsn, voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, postcode, telefoon, email FROM persoon WHERE id = $1`,
      [c!.persoon_id],
    );
    const [scan] = await this.db.query(`SELECT to_char(datum, 'YYYY-MM-DD') AS datum, scores FROM levensdomein_scan WHERE casus_id = $1 ORDER BY datum DESC LIMIT 1`, [casusId]);
    const acties = await this.db.query(`SELECT omschrijving, to_char(deadline, 'YYYY-MM-DD') AS deadline FROM plan_actie WHERE casus_id = $1 AND status = 'open'`, [casusId]);
    const [contact] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM contactmoment WHERE casus_id = $1`, [casusId]);
    const pakket: Pakket = {
      persoon: { ...p!, postcode: postcode ?? p!.postcode },
      doelgroep: c!.doelgroep,
      fase: c!.fase,
      laatsteScan: scan ?? null,
      openActies: acties,
      contacten: contact.n,
      overgedragenDoor: actor.naam,
    };
    await this.db.query(
      `INSERT INTO overdracht (regio_id, naar_regio_id, naar_organisatie_id, casus_id, grondslag, toelichting, pakket, aangeboden_door) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [c!.regio_id, dto.soort === 'regio' ? dto.naarRegioId : null, dto.soort === 'organisatie' ? dto.naarOrganisatieId : null, casusId, dto.grondslag, dto.toelichting ?? null, JSON.stringify(pakket), actor.gebruikerId],
    );
    await this.db.query(`UPDATE casus SET fase = 'afgesloten', sluitreden = 'overgedragen', afgesloten_op = now(), gewijzigd_op = now() WHERE id = $1`, [casusId]);
    await this.audit.log({ actie: 'share', subjectType: 'Casus', subjectId: casusId, persoonSleutel: p!.bsn, doel: 'warme overdracht', resultaat: 'toegestaan' });
    return { casusId, fase: 'afgesloten', sluitreden: 'overgedragen' };
  }

  async lijst(actor: Actor) {
    if (!actor.regioId) throw Verboden();
    const rows = await this.db.query<{ id: string; richting: string; status: string; aangebodenOp: string; pakket: Pakket; grondslag: string; van: string; naar: string | null }>(
      `SELECT o.id, CASE WHEN o.regio_id = app_regio() THEN 'uitgaand' ELSE 'inkomend' END AS richting, o.status, o.aangeboden_op AS "aangebodenOp",
              o.pakket, o.grondslag, rv.naam AS van, coalesce(rn.naam, org.naam) AS naar
         FROM overdracht o JOIN regio rv ON rv.id = o.regio_id LEFT JOIN regio rn ON rn.id = o.naar_regio_id LEFT JOIN organisatie org ON org.id = o.naar_organisatie_id
        ORDER BY o.aangeboden_op DESC`,
    );
    await this.audit.logMany(rows.map((r) => ({ actie: 'read' as const, subjectType: 'Overdracht', subjectId: r.id, persoonSleutel: r.pakket?.persoon?.bsn ?? null, doel: 'warme overdracht', resultaat: 'toegestaan' as const })));
    return rows;
  }

  /** The receiving region accepts: the person and a new case in its own region, with the package. */
  async accepteer(actor: Actor, id: string) {
    const o = await this.db.one<{ id: string; naar_regio_id: string | null; status: string; pakket: Pakket }>(`SELECT id, naar_regio_id, status, pakket FROM overdracht WHERE id = $1`, [id]);
    if (!o || o.naar_regio_id !== actor.regioId) throw NietGevonden('Deze overdracht');
    if (o.status !== 'aangeboden') throw Conflict('al-geaccepteerd', 'Deze overdracht is al geaccepteerd.');
    const p = o.pakket.persoon;
    const gemeente = await this.db.one<{ gemeente_code: string }>(`SELECT gemeente_code FROM pc4_gemeente WHERE pc4 = $1`, [Number(p.postcode.slice(0, 4))]);
    let persoon = await this.db.one<{ id: string }>(`SELECT id FROM persoon WHERE bsn = $1`, [p.bsn]);
    persoon ??= await this.db.one<{ id: string }>(
      `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code, telefoon, email) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [actor.regioId, p.bsn, p.voornaam, p.achternaam, p.geboortedatum, p.postcode, gemeente?.gemeente_code ?? null, p.telefoon, p.email],
    );
    const casus = await this.db.one<{ id: string }>(
      `INSERT INTO casus (regio_id, persoon_id, doelgroep, consulent_id, procesregie_id, bron, bron_toelichting, oordeel_signalering)
       VALUES ($1, $2, $3, $4, $4, 'partner', 'Warme overdracht', $5) RETURNING id`,
      [actor.regioId, persoon!.id, o.pakket.doelgroep, actor.gebruikerId, JSON.stringify({ actieNodig: true, toelichting: 'Overgenomen via warme overdracht.' })],
    );
    await this.db.query(`UPDATE overdracht SET status = 'geaccepteerd', geaccepteerd_op = now(), nieuwe_casus_id = $2 WHERE id = $1`, [id, casus!.id]);
    await this.audit.log({ actie: 'create', subjectType: 'Casus', subjectId: casus!.id, persoonSleutel: p.bsn, doel: 'warme overdracht', resultaat: 'toegestaan' });
    return { casusId: casus!.id };
  }
}

@ApiTags('casussen')
@Controller('v1')
export class OverdrachtController {
  constructor(private readonly overdracht: OverdrachtService) {}

  @Vereist('share', 'Casus')
  @Post('casussen/:id/overdracht')
  @HttpCode(200)
  draagOver(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: OverdrachtDto) {
    return this.overdracht.draagOver(actor, id, dto);
  }

  @Vereist('read', 'Casus')
  @Get('overdrachten')
  lijst(@CurrentActor() actor: Actor) {
    return this.overdracht.lijst(actor);
  }

  @Vereist('create', 'Casus')
  @Post('overdrachten/:id/accepteren')
  @HttpCode(200)
  accepteer(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.overdracht.accepteer(actor, id);
  }
}
