import { Inject, Injectable } from '@nestjs/common';
import {
  AuditService,
  Conflict,
  Db,
  Ongeldig,
  RecordAccess,
  leesCursor,
  leesLimit,
  pagina,
  parameters,
  type PaginaQueryDto,
} from '@rmc/server-core';
import { PERSOON_VELDEN, shapeFields } from '@rmc/shared-authz';
import type { Paged, PersoonDto, TijdlijnItem } from '@rmc/shared-api-types';
import { isGeldigBsn, parsePostcode } from '@rmc/shared-domain';
import { gemeenteVoorPc4 } from '@rmc/server-organisaties';
import {
  maakPersoon,
  persoonMetBsnBestaat,
  persoonOpId,
  persoonPagina,
  persoonSorteersleutel,
  type PersoonRij,
} from './data/personen.queries';
import type { PersoonCreateDto } from './dto';
import { PERSOON_TIJDLIJN, type PersoonTijdlijnBron } from './tijdlijn.port';

const COLS = { regioId: 'p.regio_id', id: 'p.id' };
type Rij = PersoonRij;

/** Young people of the region. Every read is audited with a pseudonymised person id. */
@Injectable()
export class PersonenService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    @Inject(PERSOON_TIJDLIJN) private readonly tijdlijnBron: PersoonTijdlijnBron,
  ) {}

  private vorm(row: Rij): PersoonDto {
    return shapeFields(this.access.ability, 'Persoon', row, PERSOON_VELDEN) as PersoonDto;
  }

  /**
   * By name (achternaam, voornaam, id), keyset-paged. A name never goes into the cursor: it carries
   * the last row's id only and the key is looked up again (under RLS); a person erased in between
   * makes the cursor invalid (400), never a silently empty page. Served by
   * `persoon (regio_id, achternaam, voornaam, id)`. No total (a region holds tens of thousands).
   */
  async lijst(query: PaginaQueryDto = {}): Promise<Paged<PersoonDto>> {
    const limit = leesLimit(query.limit);
    const cursor = leesCursor(query.cursor, ['uuid']);
    const w = this.access.where('read', 'Persoon', COLS);
    const { params, p } = parameters(w.params);
    let na = 'TRUE';
    if (cursor) {
      const vorige = await persoonSorteersleutel(this.db.em, String(cursor[0]));
      if (!vorige)
        throw Ongeldig([{ field: 'cursor', message: 'De lijst is intussen gewijzigd. Begin opnieuw bij de eerste pagina.' }]);
      na = `(p.achternaam, p.voornaam, p.id) > (${p(vorige.achternaam)}::text, ${p(vorige.voornaam)}::text, ${p(cursor[0])}::uuid)`;
    }
    const rows = await persoonPagina(this.db.em, w.sql, na, p(limit + 1), params);
    await this.audit.logMany(
      rows.slice(0, limit).map((r) => ({
        actie: 'search',
        subjectType: 'Persoon',
        subjectId: r.id,
        persoonSleutel: r.bsn,
        doel: 'dossiervoering',
        resultaat: 'toegestaan',
      })),
    );
    return pagina(
      rows,
      limit,
      (r) => [r.id],
      (r) => this.vorm(r),
      null,
    );
  }

  async een(id: string): Promise<PersoonDto> {
    const row = await this.access.zichtbaar('read', 'Persoon', id, await persoonOpId(this.db.em, id), 'Deze persoon');
    await this.audit.log({
      actie: 'read',
      subjectType: 'Persoon',
      subjectId: id,
      persoonSleutel: row.bsn,
      doel: 'dossiervoering',
      resultaat: 'toegestaan',
    });
    return this.vorm(row);
  }

  /** The person's timeline: every case and melding of the person in the region. Audited as a read of the person. */
  async tijdlijn(id: string): Promise<TijdlijnItem[]> {
    const row = await this.access.zichtbaar('read', 'Persoon', id, await persoonOpId(this.db.em, id), 'Deze persoon');
    const items = await this.tijdlijnBron.persoonTijdlijn(this.db, id);
    await this.audit.log({
      actie: 'read',
      subjectType: 'Persoon',
      subjectId: id,
      persoonSleutel: row.bsn,
      doel: 'dossiervoering',
      resultaat: 'toegestaan',
    });
    return items;
  }

  async maak(regioId: string, input: PersoonCreateDto): Promise<PersoonDto> {
    if (!isGeldigBsn(input.bsn)) throw Ongeldig([{ field: 'bsn', message: 'Dit BSN voldoet niet aan de elfproef.' }]);
    const pc = parsePostcode(input.postcode);
    if (!pc) throw Ongeldig([{ field: 'postcode', message: 'Vul een geldige postcode in (1234 AB).' }]);
    const gemeente = await gemeenteVoorPc4(this.db.em, pc.pc4);
    if (!gemeente || gemeente.regio_id !== regioId)
      throw Ongeldig([{ field: 'postcode', message: 'Deze postcode ligt niet in een gemeente van uw regio.' }]);
    if (await persoonMetBsnBestaat(this.db.em, input.bsn))
      throw Conflict('persoon-bestaat', 'Deze jongere staat al in uw regio.', [
        { field: 'bsn', message: 'Er is al een jongere met dit BSN.' },
      ]);
    const id = await maakPersoon(this.db.em, {
      regioId,
      bsn: input.bsn,
      voornaam: input.voornaam.trim(),
      achternaam: input.achternaam.trim(),
      geboortedatum: input.geboortedatum,
      postcode: pc.postcode,
      gemeenteCode: gemeente.code,
      telefoon: input.telefoon ?? null,
      email: input.email ?? null,
    });
    await this.audit.log({
      actie: 'create',
      subjectType: 'Persoon',
      subjectId: id,
      persoonSleutel: input.bsn,
      doel: 'dossiervoering',
      resultaat: 'toegestaan',
    });
    return this.een(id);
  }
}
