// Reference lists of the data generator: the 40 RMC regions (real names; the demo regions keep the
// gemeenten of libs/server/core/src/lib/referentie/gemeenten.ts), extra real gemeenten with approximate
// PC4 ranges (CBS codes; PC4 precision as in gemeenten.ts: plausible, not a BAG source), real MBO
// instellingen (BRIN codes here are made up: the format is right, the values are not DUO's), and a small
// list of first and last names. Nothing here describes a real person.

/** [name, weight (share of the national youth population), gemeenten: [code, naam, [[pc4van, pc4tot], ...]] or a code known to gemeenten.ts] */
export const REGIOS = [
  ['IJssel-Vecht', 3.4, 'demo'],
  ['Twente', 3.9, 'demo'],
  ['Amsterdam-Diemen', 6.0, [['GM0363', 'Amsterdam', [[1011, 1109]]], ['GM0384', 'Diemen', [[1110, 1115]]]]],
  ['Rijnmond', 6.5, [['GM0599', 'Rotterdam', [[3011, 3089]]], ['GM0606', 'Schiedam', [[3111, 3125]]], ['GM0622', 'Vlaardingen', [[3130, 3138]]]]],
  ['Haaglanden', 5.5, [['GM0518', "'s-Gravenhage", [[2491, 2599]]], ['GM0503', 'Delft', [[2611, 2629]]], ['GM0637', 'Zoetermeer', [[2711, 2729]]], ['GM1783', 'Westland', [[2670, 2695]]]]],
  ['Utrecht', 3.5, [['GM0344', 'Utrecht', null], ['GM0356', 'Nieuwegein', [[3430, 3439]]]]],
  ['Zuidoost-Brabant', 3.8, [['GM0772', 'Eindhoven', [[5611, 5658]]]]],
  ['Midden-Brabant', 2.6, [['GM0855', 'Tilburg', [[5011, 5049]]]]],
  ['Noordoost-Brabant', 3.0, [['GM0796', "'s-Hertogenbosch", [[5211, 5237]]]]],
  ['West-Brabant', 3.6, [['GM0758', 'Breda', [[4811, 4839]]], ['GM0748', 'Bergen op Zoom', [[4600, 4625]]], ['GM1674', 'Roosendaal', [[4700, 4709]]]]],
  ['Helmond-De Peel', 1.5, [['GM0794', 'Helmond', [[5700, 5709]]]]],
  ['Noord-Limburg', 1.6, [['GM0983', 'Venlo', [[5911, 5928]]]]],
  ['Midden-Limburg', 1.3, [['GM0957', 'Roermond', [[6040, 6046]]]]],
  ['Zuid-Limburg', 3.2, [['GM0935', 'Maastricht', [[6211, 6229]]], ['GM0917', 'Heerlen', [[6411, 6422]]]]],
  ['Zeeland', 2.1, [['GM0687', 'Middelburg', [[4330, 4338]]], ['GM0718', 'Vlissingen', [[4380, 4389]]]]],
  ['Rijk van Nijmegen', 2.2, [['GM0268', 'Nijmegen', [[6511, 6546]]]]],
  ['Centraal Gelderland', 2.9, [['GM0202', 'Arnhem', [[6811, 6846]]]]],
  ['FoodValley', 1.9, [['GM0228', 'Ede', [[6710, 6718]]]]],
  ['Rivierenland', 1.6, [['GM0281', 'Tiel', [[4000, 4007]]]]],
  ['Achterhoek', 1.9, [['GM0222', 'Doetinchem', [[7000, 7009]]]]],
  ['Stedendriehoek', 2.1, [['GM0200', 'Apeldoorn', null], ['GM0150', 'Deventer', null]]],
  ['Noord-Veluwe', 1.1, [['GM0243', 'Harderwijk', [[3840, 3849]]]]],
  ['Eemland', 1.7, [['GM0307', 'Amersfoort', [[3811, 3829]]]]],
  ['Gooi en Vechtstreek', 1.4, [['GM0402', 'Hilversum', [[1211, 1223]]], ['GM1942', 'Gooise Meren', [[1400, 1406]]]]],
  ['Flevoland', 2.6, [['GM0034', 'Almere', [[1311, 1365]]], ['GM0995', 'Lelystad', [[8211, 8245]]]]],
  ['Zaanstreek-Waterland', 2.0, [['GM0479', 'Zaanstad', [[1500, 1509]]], ['GM0439', 'Purmerend', [[1440, 1448]]]]],
  ['Noord-Kennemerland', 1.6, [['GM0361', 'Alkmaar', [[1811, 1829]]]]],
  ['Kop van Noord-Holland', 1.0, [['GM0400', 'Den Helder', [[1780, 1789]]], ['GM1911', 'Hollands Kroon', [[1761, 1777]]]]],
  ['Zuid-Kennemerland en IJmond', 2.2, [['GM0392', 'Haarlem', [[2011, 2037]]], ['GM0453', 'Velsen', [[1970, 1991]]]]],
  ['Amstelland en de Meerlanden', 1.8, [['GM0362', 'Amstelveen', [[1181, 1189]]], ['GM0394', 'Haarlemmermeer', [[2130, 2137]]]]],
  ['Holland Rijnland', 3.0, [['GM0546', 'Leiden', [[2311, 2334]]], ['GM0484', 'Alphen aan den Rijn', [[2400, 2409]]]]],
  ['Midden-Holland', 1.2, [['GM0513', 'Gouda', [[2800, 2809]]]]],
  ['Zuid-Holland Zuid', 2.6, [['GM0505', 'Dordrecht', [[3311, 3329]]]]],
  ['Groningen', 3.0, [['GM0014', 'Groningen', [[9711, 9747]]]]],
  ['Friesland Noord', 1.6, [['GM0080', 'Leeuwarden', [[8911, 8941]]]]],
  ['Zuidwest-Friesland', 0.9, [['GM1900', 'Súdwest-Fryslân', [[8600, 8608]]]]],
  ['Friesland Oost', 1.4, [['GM0090', 'Smallingerland', [[9200, 9206]]], ['GM0074', 'Heerenveen', [[8440, 8449]]]]],
  ['Noord- en Midden-Drenthe', 1.0, [['GM0106', 'Assen', [[9400, 9409]]]]],
  ['Zuidoost-Drenthe', 1.2, [['GM0114', 'Emmen', [[7811, 7833]]]]],
  ['Zuidwest-Drenthe', 0.7, [['GM0119', 'Meppel', [[7940, 7944]]]]],
];

/** MBO instellingen by home region (the demo instellingen of demo-data.ts come on top). */
export const MBO = {
  'Amsterdam-Diemen': ['ROC van Amsterdam', 'ROC TOP'],
  Rijnmond: ['Albeda', 'Zadkine'],
  Haaglanden: ['ROC Mondriaan'],
  Utrecht: ['ROC Midden Nederland', 'MBO Utrecht'],
  'Zuidoost-Brabant': ['Summa College'],
  'Midden-Brabant': ['ROC Tilburg'],
  'Noordoost-Brabant': ['Koning Willem I College'],
  'West-Brabant': ['Curio'],
  'Helmond-De Peel': ['Ter AA'],
  'Noord-Limburg': ['Gilde Opleidingen'],
  'Zuid-Limburg': ['Vista college', 'Leeuwenborgh'],
  Zeeland: ['Scalda'],
  'Rijk van Nijmegen': ['ROC Nijmegen'],
  'Centraal Gelderland': ['Rijn IJssel'],
  FoodValley: ['ROC A12'],
  Rivierenland: ['ROC Rivor'],
  Achterhoek: ['Graafschap College'],
  Stedendriehoek: ['Aventus'],
  Eemland: ['MBO Amersfoort'],
  Flevoland: ['ROC Flevoland'],
  'Zaanstreek-Waterland': ['Regio College'],
  'Noord-Kennemerland': ['Horizon College'],
  'Kop van Noord-Holland': ['ROC Kop van Noord-Holland'],
  'Zuid-Kennemerland en IJmond': ['Nova College'],
  'Holland Rijnland': ['MBO Rijnland'],
  'Zuid-Holland Zuid': ['Da Vinci College'],
  Groningen: ['Noorderpoort'],
  'Friesland Noord': ['Friesland College', 'Firda'],
  'Zuidwest-Friesland': ['ROC Friese Poort'],
  'Noord- en Midden-Drenthe': ['Drenthe College'],
};

export const VOORNAMEN = [
  'Daan', 'Sem', 'Lucas', 'Levi', 'Finn', 'Milan', 'Noah', 'Jesse', 'Thijs', 'Luuk', 'Bram', 'Mohamed', 'Yusuf', 'Adam', 'Ayoub', 'Mehmet', 'Kacper',
  'Jayden', 'Dylan', 'Ryan', 'Stijn', 'Ruben', 'Tim', 'Nick', 'Gijs', 'Mees', 'Julian', 'Omar', 'Ilias', 'Rayan', 'Emma', 'Julia', 'Sophie', 'Tess',
  'Zoë', 'Sara', 'Anna', 'Lotte', 'Fleur', 'Noor', 'Lina', 'Fatma', 'Yasmina', 'Aya', 'Nora', 'Eva', 'Lisa', 'Iris', 'Sanne', 'Femke', 'Demi', 'Shanice',
  'Chantal', 'Zuzanna', 'Amira', 'Hiba', 'Ilse', 'Roos', 'Maud', 'Esra', 'Mila', 'Jasmijn', 'Nina', 'Kim', 'Senna', 'Rik', 'Joris', 'Wessel', 'Koen',
];
export const ACHTERNAMEN = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos',
  'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok',
  'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'Willems',
  'van Vliet', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'Prins', 'Blom', 'Huisman', 'Peeters', 'Kuipers', 'Yılmaz', 'Kaya', 'Demir',
  'El Amrani', 'Bouzidi', 'Haddad', 'Nowak', 'Kowalski', 'Pinas', 'Wijngaarde', 'Nijhuis', 'Oude Luttikhuis', 'ter Horst', 'Postma', 'Kramer', 'Veenstra',
];

export const MEDEWERKER_VOORNAMEN = ['Anja', 'Bert', 'Carla', 'Dirk', 'Esther', 'Frank', 'Gerda', 'Hans', 'Ingrid', 'Jeroen', 'Karin', 'Marco', 'Nadia', 'Oscar', 'Petra', 'Rachid', 'Saskia', 'Tom', 'Ursula', 'Wendy', 'Yvonne', 'Zeynep', 'Linda', 'Mark'];
