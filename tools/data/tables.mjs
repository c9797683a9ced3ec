// Column lists of the tables the generator fills, in load order (parents before children). COPY names
// its columns, so migrations that add columns with defaults do not break the load.
export const COLS = {
  persoon: ['id', 'regio_id', 'bsn', 'voornaam', 'achternaam', 'geboortedatum', 'postcode', 'gemeente_code', 'telefoon', 'email', 'aangemaakt_op'],
  casus: [
    'id', 'regio_id', 'persoon_id', 'doelgroep', 'consulent_id', 'fase', 'bron', 'aangemaakt_op', 'bron_toelichting', 'oordeel_signalering', 'intake', 'big5',
    'procesregie_id', 'casusregie_organisatie_id', 'evaluatie', 'sluitreden', 'sluit_onderbouwing', 'afgesloten_op', 'nazorg_tot', 'gewijzigd_op', 'signalering_op', 'plan',
  ],
  casus_fase_wijziging: ['id', 'regio_id', 'casus_id', 'van', 'naar', 'op', 'door'],
  levensdomein_scan: ['id', 'casus_id', 'regio_id', 'datum', 'scores', 'door', 'aangemaakt_op'],
  overleg_reeks: ['id', 'regio_id', 'naam', 'deelnemer_organisaties'],
  overleg: ['id', 'regio_id', 'reeks_id', 'soort', 'titel', 'start', 'plaats', 'online_link', 'voorzitter_id', 'deelnemer_organisaties', 'status', 'vastgesteld_op', 'aangemaakt_op'],
  overleg_deelnemer: ['id', 'overleg_id', 'regio_id', 'gebruiker_id', 'aanwezig'],
  agendapunt: ['id', 'overleg_id', 'regio_id', 'casus_id', 'vraag', 'volgorde', 'notities', 'besluiten'],
  plan_actie: ['id', 'casus_id', 'regio_id', 'omschrijving', 'eigenaar_organisatie_id', 'eigenaar_gebruiker_id', 'deadline', 'status', 'toelichting', 'aangemaakt_op', 'overleg_id', 'agendapunt_id', 'reeks_id'],
  plan_actie_status: ['id', 'actie_id', 'regio_id', 'status', 'toelichting', 'door', 'op'],
  contactmoment: ['id', 'casus_id', 'regio_id', 'datum', 'vorm', 'uitkomst', 'notitie', 'door', 'aangemaakt_op'],
  casus_deling: ['id', 'casus_id', 'regio_id', 'organisatie_id', 'grondslag', 'toestemming', 'vierstappen', 'doel', 'secties', 'eind_datum', 'ingetrokken_op', 'aangemaakt_door', 'aangemaakt_op'],
  partner_notitie: ['id', 'casus_id', 'regio_id', 'organisatie_id', 'tekst', 'door', 'op'],
  nazorg_taak: ['id', 'regio_id', 'casus_id', 'moment', 'uitkomst', 'toelichting', 'afgerond_op', 'door', 'soort'],
  overdracht: ['id', 'regio_id', 'naar_regio_id', 'naar_organisatie_id', 'casus_id', 'grondslag', 'toelichting', 'pakket', 'status', 'aangeboden_door', 'aangeboden_op', 'geaccepteerd_op', 'nieuwe_casus_id'],
  melding: [
    'id', 'regio_id', 'instelling_id', 'vestiging_id', 'gemeld_door', 'agenda_id', 'soort', 'status', 'bsn', 'voornaam', 'achternaam', 'geboortedatum', 'postcode', 'gemeente_code', 'telefoon',
    'begindatum', 'einddatum', 'vermoedelijke_soort', 'vermoedelijke_reden', 'alles_gemist', 'door_school_ondernomen', 'actie_gewenst', 'toelichting_actie_gewenst',
    'melder_naam', 'melder_functie', 'melder_telefoon', 'melder_email', 'verzuim_dagen', 'verzuim_uren', 'zorgen', 'afspraken_met_student', 'betrokken_contacten', 'lopende_hulp',
    'verwachting_van_regio', 'vorige_melding_id', 'volledig', 'ontbrekend', 'gemeld_op', 'gemeld_op_datum', 'oppak_deadline',
    'opgepakt_op', 'consulent_id', 'oordeel', 'oordeel_reden', 'casus_id', 'terugmeld_status', 'reden_afgesloten', 'terugmeld_toelichting', 'regio_contactpersoon', 'teruggemeld_op',
  ],
  melding_gebeurtenis: ['id', 'melding_id', 'regio_id', 'vestiging_id', 'soort', 'tekst', 'zichtbaar_voor_school', 'door', 'op'],
  notificatie: ['id', 'gebruiker_id', 'regio_id', 'soort', 'tekst', 'link', 'sleutel', 'gelezen_op', 'aangemaakt_op', 'gemaild_op'],
  audit_log: ['tijdstip', 'regio_id', 'actor_id', 'namens_id', 'rol', 'organisatie_id', 'actie', 'subject_type', 'subject_id', 'persoon_pseudo', 'doel', 'resultaat', 'herkomst', 'trace_id'],
};

/** Tables the summary counts (the generator's own plus what setup writes). */
export const SUMMARY = ['regio', 'gemeente', 'instelling', 'vestiging', 'organisatie', 'gebruiker', 'lidmaatschap', ...Object.keys(COLS)];
