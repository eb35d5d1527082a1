/**
 * Frequent words of Dutch municipal work, in the form compounds are built from ("woning" in
 * "woningbouwopgave", "bestemming" in "bestemmingsplan"). The compound vocabulary starts from
 * these, so a query can be split even when no challenge or skill happens to use a part on its
 * own. Written for Kennissen; lower case, letters only, no prefixes (see NOT_PARTS).
 */
export const DUTCH_BASE_WORDS: readonly string[] = `
  wet regel regeling verordening beleid plan visie kader norm strategie agenda besluit
  zorg hulp jeugd jeugdhulp jeugdzorg gezin ouder kind school leerling onderwijs opvang
  schuld armoede bijstand inkomen uitkering werk baan taal inburgering statushouder
  nieuwkomer asiel migratie integratie participatie verklaring begeleiding ondersteuning
  hulpverlening voorziening maatwerk indicatie toegang loket gesprek welzijn mantelzorg
  vrijwilliger ouderen gezondheid preventie verslaving wijk buurt dorp stad team regio
  gemeente raad college burger inwoner bewoner ondernemer bedrijf economie markt winkel
  centrum haven wonen woning huur huurder koop corporatie bouw opgave ruimte grond kavel
  bestemming omgeving gebied locatie gebouw pand kantoor terrein monument erfgoed cultuur
  sport museum bibliotheek natuur groen park bodem water riool afval energie warmte
  klimaat lucht geluid milieu vergunning toezicht handhaving veiligheid brand crisis orde
  verkeer vervoer fiets parkeren straat brug spoor station route traject data informatie
  privacy archief dossier document systeem applicatie netwerk beveiliging project programma
  proces aanpak advies onderzoek analyse rapport begroting subsidie belasting heffing
  kosten budget fonds contract inkoop aanbesteding leverancier aanbieder aanbod dienst
  melding klacht bezwaar signaal organisatie personeel medewerker functie ontwikkeling
  uitvoering samenwerking overleg coalitie partner keten
`
  .trim()
  .split(/\s+/);
