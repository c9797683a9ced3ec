import { ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import {
  CONTACTVORMEN,
  DOELGROEPEN,
  FASEN,
  SLUITREDENEN,
  UITKOMSTEN,
  type Big5,
  type Contactvorm,
  type Doelgroep,
  type Fase,
  type Grondslag,
  type PlanVanAanpak,
  type Sluitreden,
  type Stap,
  type TijdlijnItem,
  type Uitkomst,
} from '@rmc/shared-domain';
import type {
  AcceptatieResultaat,
  CasusBron,
  CasusDelingDto,
  CasusDto,
  CasusLijstItem,
  CasusVerzuimDto,
  ContactmomentDto,
  InzageBundel,
  InzageOntvanger,
  InzageRegel,
  IntakeInput,
  LeefgebiedenScanDto,
  MachtigingOpgeslagen,
  OntvangstResultaat,
  OverdrachtDto,
  OverdrachtPakket,
  OverdrachtResultaat,
  PartnerNotitieDto,
  PlanActieDto,
  PlanActieStatus,
  SignaleringInput,
  WisResultaat,
} from '@rmc/shared-api-types';

/** OpenAPI response schemas of the casus context; each class implements the shared type. */

const BRONNEN = ['melding', 'duo-lijst', 'partner', 'loket', 'eigen-onderzoek'];
const ACTIE_STATUSSEN = ['open', 'gedaan', 'niet-gedaan', 'niet-mogelijk'];
const object = (description: string) => ({ type: 'object', additionalProperties: true, description }) as const;

/** GET /api/v1/casussen: a partner gets only the fields of its shared sections (at least the id). */
@ApiSchema({ name: 'CasusLijstItem' })
export class CasusLijstItemDto implements CasusLijstItem {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ enum: FASEN }) fase?: Fase;
  @ApiPropertyOptional({ enum: DOELGROEPEN }) doelgroep?: Doelgroep;
  @ApiPropertyOptional() voornaam?: string;
  @ApiPropertyOptional() achternaam?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) consulentNaam?: string | null;
  @ApiPropertyOptional() openActies?: number;
  @ApiPropertyOptional() teLaatActies?: number;
  @ApiPropertyOptional({ type: String, nullable: true }) laatsteContact?: string | null;
}

@ApiSchema({ name: 'PlanActie' })
export class PlanActieAntwoordDto implements PlanActieDto {
  @ApiProperty() id!: string;
  @ApiProperty() omschrijving!: string;
  @ApiProperty({ type: String, nullable: true }) eigenaarOrganisatieId!: string | null;
  @ApiProperty({ type: String, nullable: true }) eigenaar!: string | null;
  @ApiProperty({ type: String, nullable: true }) deadline!: string | null;
  @ApiProperty({ enum: ACTIE_STATUSSEN }) status!: PlanActieStatus;
  @ApiProperty({ type: String, nullable: true }) toelichting!: string | null;
}

@ApiSchema({ name: 'Contactmoment' })
export class ContactmomentAntwoordDto implements ContactmomentDto {
  @ApiProperty() datum!: string;
  @ApiProperty({ enum: CONTACTVORMEN }) vorm!: Contactvorm;
  @ApiProperty({ enum: UITKOMSTEN }) uitkomst!: Uitkomst;
  @ApiProperty({ type: String, nullable: true }) notitie!: string | null;
}

@ApiSchema({ name: 'LeefgebiedenScan' })
export class LeefgebiedenScanAntwoordDto implements LeefgebiedenScanDto {
  @ApiProperty() datum!: string;
  @ApiProperty(object('Per leefgebied { score: 1–5, notitie? }')) scores!: LeefgebiedenScanDto['scores'];
}

@ApiSchema({ name: 'CasusVerzuim' })
export class CasusVerzuimAntwoordDto implements CasusVerzuimDto {
  @ApiProperty() id!: string;
  @ApiProperty() soort!: string;
  @ApiProperty() begindatum!: string;
  @ApiProperty({ type: Number, nullable: true }) verzuimDagen!: number | null;
  @ApiProperty({ type: Number, nullable: true }) verzuimUren!: number | null;
}

@ApiSchema({ name: 'CasusDeling' })
export class CasusDelingAntwoordDto implements CasusDelingDto {
  @ApiProperty() id!: string;
  @ApiProperty() organisatieId!: string;
  @ApiProperty() organisatie!: string;
  @ApiProperty({ enum: ['toestemming', 'wettelijke-taak'] }) grondslag!: Grondslag;
  @ApiProperty() doel!: string;
  @ApiProperty({ type: [String] }) secties!: string[];
  @ApiProperty() eindDatum!: string;
  @ApiProperty() ingetrokken!: boolean;
  @ApiPropertyOptional({ ...object('{ bestandsnaam, grootte, op }'), nullable: true }) machtiging?: CasusDelingDto['machtiging'];
}

@ApiSchema({ name: 'PartnerNotitie' })
export class PartnerNotitieAntwoordDto implements PartnerNotitieDto {
  @ApiProperty() tekst!: string;
  @ApiProperty() op!: string;
  @ApiProperty() organisatie!: string;
}

/** GET /api/v1/casussen/:id and the answer of every change: only the keys the caller may see. */
@ApiSchema({ name: 'Casus' })
export class CasusAntwoordDto implements CasusDto {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ enum: FASEN }) fase?: Fase;
  @ApiPropertyOptional({ enum: DOELGROEPEN }) doelgroep?: Doelgroep;
  @ApiPropertyOptional({ enum: BRONNEN }) bron?: CasusBron;
  @ApiPropertyOptional(object('{ id, voornaam, achternaam, geboortedatum }')) persoon?: CasusDto['persoon'];
  @ApiPropertyOptional(object('{ telefoon, email, postcode }')) contact?: CasusDto['contact'];
  @ApiPropertyOptional({ type: String, nullable: true }) consulentNaam?: string | null;
  @ApiPropertyOptional(object('{ procesregie, casusregie }')) regie?: CasusDto['regie'];
  @ApiPropertyOptional({ ...object('{ actieNodig, toelichting }'), nullable: true }) oordeelSignalering?: SignaleringInput | null;
  @ApiPropertyOptional({ ...object('{ datum, antwoorden }'), nullable: true }) intake?: IntakeInput | null;
  @ApiPropertyOptional({ ...object('Per principe { stand, toelichting? }'), nullable: true }) big5?: Big5 | null;
  @ApiPropertyOptional({ ...object('{ doelen, contactafspraken }'), nullable: true }) plan?: PlanVanAanpak | null;
  @ApiPropertyOptional({ ...object('Vraag → antwoord'), nullable: true }) evaluatie?: Record<string, string> | null;
  @ApiPropertyOptional({ enum: SLUITREDENEN, nullable: true }) sluitreden?: Sluitreden | null;
  @ApiPropertyOptional({ type: [LeefgebiedenScanAntwoordDto] }) leefgebieden?: LeefgebiedenScanAntwoordDto[];
  @ApiPropertyOptional({ type: [PlanActieAntwoordDto] }) acties?: PlanActieAntwoordDto[];
  @ApiPropertyOptional({ type: [PlanActieAntwoordDto] }) mijnActies?: PlanActieAntwoordDto[];
  @ApiPropertyOptional({ type: [ContactmomentAntwoordDto] }) contactmomenten?: ContactmomentAntwoordDto[];
  @ApiPropertyOptional({ ...object('{ vorm, uitleg }'), nullable: true }) volgendeStap?: CasusDto['volgendeStap'];
  @ApiPropertyOptional({ type: [CasusVerzuimAntwoordDto] }) verzuim?: CasusVerzuimAntwoordDto[];
  @ApiPropertyOptional({ type: [CasusDelingAntwoordDto] }) delingen?: CasusDelingAntwoordDto[];
  @ApiPropertyOptional({ type: [PartnerNotitieAntwoordDto] }) notities?: PartnerNotitieAntwoordDto[];
  @ApiPropertyOptional({ type: 'array', items: object('{ naar, toegestaan, reden? }') }) stappen?: Stap[];
  @ApiPropertyOptional({ type: 'array', items: { $ref: getSchemaPath('TijdlijnItem') } }) tijdlijn?: TijdlijnItem[];
}

@ApiSchema({ name: 'Machtiging' })
export class MachtigingAntwoordDto implements MachtigingOpgeslagen {
  @ApiProperty() delingId!: string;
  @ApiProperty() bestandsnaam!: string;
  @ApiProperty({ enum: ['application/pdf', 'image/png', 'image/jpeg'] }) mime!: MachtigingOpgeslagen['mime'];
  @ApiProperty() grootte!: number;
}

// ─── Overdracht ───────────────────────────────────────────────────────────────────────────────────

@ApiSchema({ name: 'OverdrachtResultaat' })
export class OverdrachtResultaatDto implements OverdrachtResultaat {
  @ApiProperty() casusId!: string;
  @ApiProperty({ enum: ['afgesloten'] }) fase!: 'afgesloten';
  @ApiProperty({ enum: ['overgedragen'] }) sluitreden!: 'overgedragen';
}

@ApiSchema({ name: 'OverdrachtPakket' })
export class OverdrachtPakketDto implements OverdrachtPakket {
  @ApiProperty(object('{ bsn, voornaam, achternaam, geboortedatum, postcode, telefoon, email }'))
  persoon!: OverdrachtPakket['persoon'];
  @ApiProperty() doelgroep!: string;
  @ApiProperty() fase!: string;
  @ApiProperty({ ...object('{ datum, scores }'), nullable: true }) laatsteScan!: OverdrachtPakket['laatsteScan'];
  @ApiProperty({ type: 'array', items: object('{ omschrijving, deadline }') }) openActies!: OverdrachtPakket['openActies'];
  @ApiProperty() contacten!: number;
  @ApiProperty() overgedragenDoor!: string;
}

@ApiSchema({ name: 'Overdracht' })
export class OverdrachtAntwoordDto implements OverdrachtDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['inkomend', 'uitgaand'] }) richting!: OverdrachtDto['richting'];
  @ApiPropertyOptional({ enum: ['regio', 'organisatie'] }) soort?: OverdrachtDto['soort'];
  @ApiProperty({ enum: ['aangeboden', 'geaccepteerd'] }) status!: OverdrachtDto['status'];
  @ApiProperty() aangebodenOp!: string;
  @ApiProperty({ type: OverdrachtPakketDto }) pakket!: OverdrachtPakketDto;
  @ApiProperty() grondslag!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) toelichting?: string | null;
  @ApiProperty() van!: string;
  @ApiProperty({ type: String, nullable: true }) naar!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) nieuweCasusId?: string | null;
}

@ApiSchema({ name: 'AcceptatieResultaat' })
export class AcceptatieResultaatDto implements AcceptatieResultaat {
  @ApiProperty() casusId!: string;
  @ApiPropertyOptional() bestaandeCasus?: boolean;
}

@ApiSchema({ name: 'OntvangstResultaat' })
export class OntvangstResultaatDto implements OntvangstResultaat {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['geaccepteerd'] }) status!: 'geaccepteerd';
}

// ─── Persoonsrechten (inzage, wissen) ────────────────────────────────────────────────────────────

class InzageRegelDto implements InzageRegel {
  @ApiProperty() tijdstip!: string;
  @ApiProperty({ type: String, nullable: true }) actor!: string | null;
  @ApiProperty({ type: String, nullable: true }) rol!: string | null;
  @ApiProperty() actie!: string;
  @ApiProperty() subject_type!: string;
  @ApiProperty({ type: String, nullable: true }) doel!: string | null;
  @ApiProperty() resultaat!: string;
  @ApiProperty({ type: String, nullable: true }) organisatie!: string | null;
}

class InzageOntvangerDto implements InzageOntvanger {
  @ApiProperty() organisatie!: string;
  @ApiProperty() grondslag!: string;
  @ApiProperty() doel!: string;
  @ApiProperty({ type: [String] }) secties!: string[];
  @ApiProperty() gedeeldOp!: string;
  @ApiProperty({ type: String, nullable: true }) eindDatum!: string | null;
  @ApiProperty({ type: String, nullable: true }) ingetrokkenOp!: string | null;
}

const records = (description: string) => ({ type: 'array', items: object(description) }) as const;

/** Everything held on one person (AVG art. 15); further sections are lists of records. */
@ApiSchema({ name: 'InzageBundel' })
export class InzageBundelDto implements InzageBundel {
  [sectie: string]: unknown;
  @ApiProperty() gegenereerdOp!: string;
  @ApiProperty({ ...object('De persoon'), nullable: true }) persoon!: Record<string, unknown> | null;
  @ApiProperty(records('Casus')) casussen!: Record<string, unknown>[];
  @ApiProperty(records('Scan')) leefgebieden!: Record<string, unknown>[];
  @ApiProperty(records('Actie')) acties!: Record<string, unknown>[];
  @ApiProperty(records('Contactmoment')) contactmomenten!: Record<string, unknown>[];
  @ApiProperty(records('Melding')) meldingen!: Record<string, unknown>[];
  @ApiProperty({ type: [InzageOntvangerDto] }) ontvangers!: InzageOntvangerDto[];
  @ApiProperty(records('Overdracht')) overdrachten!: Record<string, unknown>[];
  @ApiProperty({ type: [InzageRegelDto] }) inzagen!: InzageRegelDto[];
}

@ApiSchema({ name: 'WisResultaat' })
export class WisResultaatDto implements WisResultaat {
  @ApiProperty() gewist!: boolean;
  @ApiProperty() partnersGeinformeerd!: number;
}
