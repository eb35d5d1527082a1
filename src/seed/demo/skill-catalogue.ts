import type { ThemeId } from './themes';
import type { DemoSkill } from './types';

/**
 * The demo skill catalogue: skills that Dutch municipal staff really have, with the names and
 * abbreviations colleagues search for as aliases. A skill points to an ESCO concept only where
 * the concept clearly is the same skill; the URIs are from ESCO v1.0.8
 * (graph/seed/esco/transversalSkillsCollection_nl.csv, checked by the spec).
 */

const ESCO = 'http://data.europa.eu/esco/skill/';
const ESCO_URIS = {
  ictSecurityPolicy: `${ESCO}14d1e367-3efe-4ec5-86ae-eca48710ee4e`, // ICT-veiligheidsbeleid implementeren
  programming: `${ESCO}21d2f96d-35f7-4e3f-9745-c533d2dd6e97`, // computerprogrammering
  digitalSkillGaps: `${ESCO}238343b1-7b51-42b3-a9ed-cf24d3a236e7`, // digitale vaardigheidskloven herkennen
  privacy: `${ESCO}33a82b83-c838-4889-ae62-fae1317481eb`, // persoonlijke gegevens en privacy beschermen
  quality: `${ESCO}35ebe444-9ece-4fbc-a55d-e99ea37267ae`, // kwaliteit beheren
  leadership: `${ESCO}75d8e5d9-bef3-418b-9011-01bff9f27207`, // leiding geven aan anderen
  queryLanguages: `${ESCO}75f839c2-fd9a-4ad3-8921-6e734608568d`, // querytalen gebruiken
  negotiation: `${ESCO}7954861c-86d4-4529-afbb-2c23dab9ac74`, // onderhandelen over een compromis
  documents: `${ESCO}b769f524-0f25-44d7-8538-5c46710a040e`, // digitale documenten beheren
} as const;

type Entry = [id: string, name: string, aliases: string[], escoUri?: string];

const BY_THEME: Readonly<Record<ThemeId, readonly Entry[]>> = {
  'sociaal-domein': [
    ['jeugdwet', 'Jeugdwet', ['jeugdhulp', 'jeugdzorg']],
    ['wmo-2015', 'Wmo 2015', ['Wmo', 'Wet maatschappelijke ondersteuning', 'maatwerkvoorziening']],
    ['participatiewet', 'Participatiewet', ['bijstand', 'PW', 'werk en inkomen']],
    ['schuldhulpverlening', 'Schuldhulpverlening', ['schuldhulp', 'Wgs', 'schuldsanering']],
    [
      'vroegsignalering-schulden',
      'Vroegsignalering van schulden',
      ['vroegsignalering', 'betalingsachterstanden'],
    ],
    ['inburgering', 'Inburgering (Wi2021)', ['Wet inburgering 2021', 'Wi2021', 'taalroute']],
    [
      'beschermd-wonen',
      'Beschermd wonen en maatschappelijke opvang',
      ['beschermd wonen', 'maatschappelijke opvang', 'dakloosheid'],
    ],
    [
      'inkoop-sociaal-domein',
      'Inkoop sociaal domein',
      ['inkoop zorg', 'zorginkoop', 'inkoop jeugd en Wmo'],
    ],
    [
      'contractmanagement-zorg',
      'Contractmanagement zorgaanbieders',
      ['accountmanagement zorg', 'leveranciersmanagement zorg'],
    ],
    [
      'toegang-sociaal-domein',
      'Toegang en keukentafelgesprek',
      ['keukentafelgesprek', 'toegang', 'onderzoek en indicatie'],
    ],
    ['sociaal-wijkteam', 'Sociaal wijkteam', ['wijkteam', 'sociaal team', 'gebiedsteam']],
    [
      'armoedebeleid',
      'Armoedebeleid en minimaregelingen',
      ['armoede', 'minimabeleid', 'kindpakket'],
    ],
    [
      're-integratie',
      'Re-integratie en werkgeversdienstverlening',
      ['re-integratie', 'werkgeversdienstverlening', 'jobcoaching'],
    ],
    [
      'beschut-werk',
      'Beschut werk en sociale werkvoorziening',
      ['Wsw', 'beschut werk', 'sociaal ontwikkelbedrijf'],
    ],
    ['jeugdbescherming', 'Jeugdbescherming', ['gecertificeerde instelling', 'kinderbescherming']],
    [
      'leerplicht',
      'Leerplicht en voortijdig schoolverlaten',
      ['leerplicht', 'RMC', 'thuiszitters'],
    ],
    ['mantelzorg', 'Mantelzorgondersteuning', ['mantelzorg', 'respijtzorg']],
    [
      'ouderenbeleid',
      'Wonen en zorg voor ouderen',
      ['ouderenbeleid', 'langer thuis', 'zorgwoningen'],
    ],
    [
      'huisvesting-statushouders',
      'Huisvesting statushouders',
      ['statushouders', 'vergunninghouders', 'taakstelling huisvesting'],
    ],
    [
      'opvang-ontheemden',
      'Opvang ontheemden uit Oekraïne',
      ['Oekraïne', 'gemeentelijke opvang ontheemden'],
    ],
    [
      'preventie-gezondheid',
      'Lokaal gezondheidsbeleid en preventie',
      ['gezondheidsbeleid', 'preventie', 'GALA', 'Wpg'],
    ],
    [
      'monitoring-sociaal-domein',
      'Monitoring sociaal domein',
      ['monitor sociaal domein', 'sturingsinformatie'],
    ],
    [
      'huishoudelijke-ondersteuning',
      'Huishoudelijke ondersteuning',
      ['huishoudelijke hulp', 'abonnementstarief'],
    ],
    [
      'multiprobleem',
      'Integrale aanpak multiprobleemhuishoudens',
      ['multiprobleem', 'één gezin één plan', 'casusregie'],
    ],
  ],
  omgeving: [
    ['omgevingswet', 'Omgevingswet', ['Ow', 'stelselherziening omgevingsrecht']],
    [
      'omgevingsplan',
      'Omgevingsplan',
      ['bestemmingsplan', 'tijdelijk omgevingsplan', 'bruidsschat'],
    ],
    ['omgevingsvisie', 'Omgevingsvisie', ['structuurvisie', 'omgevingsprogramma']],
    [
      'dso',
      'Digitaal Stelsel Omgevingswet (DSO)',
      ['DSO', 'Omgevingsloket', 'toepasbare regels', 'STTR'],
    ],
    ['vergunningverlening', 'Vergunningverlening', ['omgevingsvergunning', 'VTH', 'vergunningen']],
    ['toezicht-handhaving', 'Toezicht en handhaving', ['handhaving', 'toezicht', 'VTH']],
    ['ruimtelijke-ordening', 'Ruimtelijke ordening', ['RO', 'planologie']],
    [
      'wkb',
      'Wet kwaliteitsborging voor het bouwen',
      ['Wkb', 'kwaliteitsborging bouw', 'kwaliteitsborger'],
    ],
    ['bouwtoezicht', 'Bouw- en woningtoezicht', ['bouwtoezicht', 'BWT']],
    ['milieu', 'Milieuwetgeving en milieutoezicht', ['milieu', 'Bal', 'Activiteitenbesluit']],
    ['bodem', 'Bodem en ondergrond', ['bodemkwaliteit', 'PFAS', 'bodemtaken']],
    [
      'energietransitie',
      'Energietransitie',
      ['RES', 'duurzame energie', 'regionale energiestrategie'],
    ],
    [
      'warmtetransitie',
      'Warmtetransitie',
      ['aardgasvrij', 'transitievisie warmte', 'warmteprogramma', 'warmtenet'],
    ],
    ['zon-en-wind', 'Zonne- en windprojecten', ['zonnepark', 'windpark', 'lokaal eigendom']],
    ['klimaatadaptatie', 'Klimaatadaptatie', ['wateroverlast', 'hittestress', 'DPRA']],
    ['woningbouw', 'Woningbouwprogrammering', ['woningbouw', 'woondeal', 'woningbouwversnelling']],
    [
      'volkshuisvesting',
      'Volkshuisvesting en prestatieafspraken',
      ['woonvisie', 'prestatieafspraken', 'woningcorporaties'],
    ],
    ['flexwonen', 'Flexwonen', ['tijdelijke woningen', 'flexwoningen']],
    [
      'participatie-omgeving',
      'Participatie in de fysieke leefomgeving',
      ['omgevingsdialoog', 'participatieplicht'],
    ],
    [
      'mobiliteit',
      'Mobiliteit en verkeer',
      ['verkeersveiligheid', 'verkeersbesluiten', 'mobiliteitsplan'],
    ],
    ['laadinfrastructuur', 'Laadinfrastructuur', ['laadpalen', 'elektrisch vervoer']],
    [
      'beheer-openbare-ruimte',
      'Beheer openbare ruimte',
      ['BOR', 'assetmanagement', 'onderhoud openbare ruimte'],
    ],
    ['natuur-stikstof', 'Natuur en stikstof', ['stikstof', 'Natura 2000', 'AERIUS']],
    ['externe-veiligheid', 'Externe veiligheid', ['omgevingsveiligheid', 'risicokaart']],
    [
      'gebiedsontwikkeling',
      'Gebiedsontwikkeling',
      ['integrale gebiedsontwikkeling', 'binnenstedelijke ontwikkeling'],
    ],
  ],
  ict: [
    [
      'zaakgericht-werken',
      'Zaakgericht werken',
      ['ZGW', 'zaaksysteem', 'zaakgerichte dienstverlening'],
    ],
    ['common-ground', 'Common Ground', ['componentenarchitectuur', 'data bij de bron', 'ZGW API']],
    [
      'informatiebeveiliging-bio',
      'Informatiebeveiliging (BIO)',
      ['BIO', 'Baseline Informatiebeveiliging Overheid', 'ISO 27001', 'ENSIA'],
      ESCO_URIS.ictSecurityPolicy,
    ],
    [
      'privacy-avg',
      'Privacy (AVG)',
      ['AVG', 'GDPR', 'DPIA', 'gegevensbescherming'],
      ESCO_URIS.privacy,
    ],
    ['data-analyse', 'Data-analyse', ['data analytics', 'datagedreven werken', 'statistiek']],
    [
      'business-intelligence',
      'Business intelligence en dashboards',
      ['BI', 'Power BI', 'dashboards'],
    ],
    [
      'informatiebeheer',
      'Informatiebeheer en archivering',
      ['archivering', 'Archiefwet', 'e-depot', 'DMS'],
      ESCO_URIS.documents,
    ],
    ['informatiearchitectuur', 'Informatiearchitectuur', ['enterprise architectuur', 'GEMMA']],
    [
      'api-standaarden',
      "API's en open standaarden",
      ['API', 'REST', 'NL API Strategie', 'Haal Centraal'],
    ],
    [
      'basisregistraties',
      'Basisregistraties (BAG, BGT, WOZ)',
      ['BAG', 'BGT', 'stelsel van basisregistraties'],
    ],
    [
      'cloud-werkplek',
      'Cloud en digitale werkplek',
      ['cloudmigratie', 'Microsoft 365', 'werkplek'],
    ],
    [
      'systeembeheer',
      'Netwerk- en systeembeheer',
      ['systeembeheer', 'netwerkbeheer', 'infrastructuur'],
    ],
    ['functioneel-beheer', 'Functioneel beheer', ['applicatiebeheer', 'BiSL']],
    [
      'security-operations',
      'Security monitoring en incidentrespons',
      ['SOC', 'incidentrespons', 'CERT', 'ransomware'],
    ],
    ['identiteit-toegang', 'Identiteits- en toegangsbeheer', ['IAM', 'DigiD', 'eHerkenning']],
    [
      'algoritmes-ai',
      'Verantwoorde algoritmes en AI',
      ['algoritmeregister', 'AI', 'IAMA', 'kunstmatige intelligentie'],
    ],
    [
      'softwareontwikkeling',
      'Softwareontwikkeling',
      ['programmeren', 'low-code', 'developer'],
      ESCO_URIS.programming,
    ],
    [
      'databases-sql',
      'Databases en SQL',
      ['SQL', 'querytalen', 'databases'],
      ESCO_URIS.queryLanguages,
    ],
    ['geo-informatie', 'Geo-informatie (GIS)', ['GIS', 'QGIS', 'geodata']],
    [
      'ict-leveranciersmanagement',
      'ICT-leveranciersmanagement',
      ['SLA', 'leveranciersmanagement ICT', 'regievoering ICT'],
    ],
    ['open-data', 'Open data', ['datasets publiceren', 'open data']],
    [
      'datamanagement',
      'Datakwaliteit en datamanagement',
      ['datamanagement', 'data governance', 'datakwaliteit'],
    ],
    [
      'informatiemanagement',
      'Informatiemanagement',
      ['CIO-office', 'I-strategie', 'informatiestrategie'],
    ],
  ],
  bedrijfsvoering: [
    ['aanbesteden', 'Aanbesteden', ['Aanbestedingswet', 'Europese aanbesteding', 'tenderen']],
    ['contractmanagement', 'Contractmanagement', ['contractbeheer', 'leveranciersmanagement']],
    ['inkoopbeleid', 'Inkoopbeleid', ['inkoop', 'inkoopvoorwaarden']],
    ['social-return', 'Social return on investment', ['SROI', 'social return']],
    [
      'mvi',
      'Maatschappelijk verantwoord inkopen',
      ['MVI', 'duurzaam inkopen', 'circulair inkopen'],
    ],
    [
      'projectmanagement',
      'Projectmanagement',
      ['projectleiding', 'Prince2', 'projectmatig werken'],
    ],
    ['programmamanagement', 'Programmamanagement', ['programmaleiding', 'programmasturing']],
    ['verandermanagement', 'Verandermanagement', ['organisatieverandering', 'change management']],
    [
      'procesmanagement',
      'Procesmanagement en Lean',
      ['Lean', 'procesoptimalisatie', 'Lean Six Sigma'],
    ],
    [
      'strategische-personeelsplanning',
      'Strategische personeelsplanning',
      ['SPP', 'strategic workforce planning'],
    ],
    ['werving-selectie', 'Werving en selectie', ['recruitment', 'arbeidsmarktcommunicatie']],
    ['hr-advies', 'HR-advies', ['P&O', 'personeelsadvies']],
    ['leidinggeven', 'Leidinggeven', ['management', 'teamleiding'], ESCO_URIS.leadership],
    ['bestuursrecht', 'Bestuursrecht (Awb)', ['Awb', 'bezwaar en beroep', 'juridisch advies']],
    [
      'gemeenschappelijke-regelingen',
      'Gemeenschappelijke regelingen',
      ['Wgr', 'GR', 'verbonden partijen'],
    ],
    [
      'regionale-samenwerking',
      'Regionale samenwerking',
      ['intergemeentelijke samenwerking', 'regiodeal'],
    ],
    [
      'shared-services',
      'Shared service center',
      ['SSC', 'ambtelijke samenwerking', 'werkorganisatie'],
    ],
    ['herindeling', 'Herindeling en ambtelijke fusie', ['Wet arhi', 'herindeling', 'fusie']],
    [
      'facilitair-huisvesting',
      'Facilitair management en huisvesting',
      ['facilitaire zaken', 'hybride werken', 'huisvesting'],
    ],
    [
      'kwaliteitsmanagement',
      'Kwaliteitsmanagement',
      ['ISO 9001', 'kwaliteitszorg'],
      ESCO_URIS.quality,
    ],
    ['stakeholdermanagement', 'Stakeholdermanagement', ['omgevingsmanagement', 'stakeholders']],
    [
      'onderhandelen',
      'Onderhandelen',
      ['onderhandelingen', 'onderhandelingsvaardigheden'],
      ESCO_URIS.negotiation,
    ],
    [
      'bestuursadvisering',
      'Bestuursadvisering',
      ['advies aan het college', 'bestuurlijke sensitiviteit'],
    ],
  ],
  dienstverlening: [
    ['woo', 'Wet open overheid (Woo)', ['Woo', 'Wob', 'Woo-verzoek', 'openbaarmaking']],
    [
      'actieve-openbaarmaking',
      'Actieve openbaarmaking',
      ['actief openbaar maken', 'informatiecategorieën', 'PLOOI'],
    ],
    ['klantcontact', 'Klantcontact', ['KCC', 'klantcontactcentrum', 'omnichannel']],
    ['burgerzaken-brp', 'Burgerzaken (BRP)', ['BRP', 'basisregistratie personen', 'burgerzaken']],
    [
      'reisdocumenten',
      'Reisdocumenten en rijbewijzen',
      ['paspoort', 'identiteitskaart', 'rijbewijs'],
    ],
    [
      'adreskwaliteit',
      'Adresonderzoek en adreskwaliteit',
      ['LAA', 'adresfraude', 'adresonderzoek'],
    ],
    [
      'digitale-dienstverlening',
      'Digitale dienstverlening',
      ['e-dienstverlening', 'e-formulieren', 'Open Formulieren'],
    ],
    [
      'digitale-toegankelijkheid',
      'Digitale toegankelijkheid',
      ['WCAG', 'toegankelijkheidsverklaring'],
    ],
    ['begrijpelijke-taal', 'Begrijpelijke taal (B1)', ['B1', 'taalniveau B1', 'heldere taal']],
    [
      'digitale-inclusie',
      'Digitale inclusie',
      ['Informatiepunt Digitale Overheid', 'IDO', 'digitale vaardigheden'],
      ESCO_URIS.digitalSkillGaps,
    ],
    ['klachtbehandeling', 'Klachtbehandeling', ['klachtenregeling', 'ombudsman']],
    ['verkiezingen', 'Verkiezingen organiseren', ['verkiezingsproces', 'stembureaus', 'Kieswet']],
    [
      'communicatieadvies',
      'Communicatieadvies',
      ['communicatie', 'woordvoering', 'persvoorlichting'],
    ],
    [
      'webredactie',
      'Webredactie en website',
      ['webredactie', 'gemeentelijke website', 'contentbeheer'],
    ],
    [
      'klantreizen',
      'Klantreizen en dienstontwerp',
      ['customer journey', 'service design', 'klantreis'],
    ],
    [
      'burgerparticipatie',
      'Burgerparticipatie',
      ['participatie', 'burgerberaad', 'inwonersinitiatief', 'right to challenge'],
    ],
    ['klanttevredenheid', 'Klanttevredenheidsonderzoek', ['KTO', 'klantonderzoek']],
    [
      'publieksbalie',
      'Baliedienstverlening',
      ['werken op afspraak', 'publieksbalie', 'frontoffice'],
    ],
    [
      'dienstverleningsconcept',
      'Dienstverleningsconcept',
      ['dienstverleningsvisie', 'servicenormen'],
    ],
  ],
  veiligheid: [
    ['openbare-orde', 'Openbare orde en veiligheid', ['OOV', 'APV', 'burgemeestersbevoegdheden']],
    [
      'ondermijning',
      'Aanpak ondermijning',
      ['ondermijning', 'georganiseerde criminaliteit', 'RIEC'],
    ],
    ['bibob', 'Wet Bibob', ['Bibob', 'integriteitsbeoordeling']],
    [
      'crisisbeheersing',
      'Crisisbeheersing en bevolkingszorg',
      ['crisisbeheersing', 'bevolkingszorg', 'GRIP'],
    ],
    [
      'zorg-en-veiligheid',
      'Zorg en veiligheid',
      ['personen met verward gedrag', 'Zorg- en Veiligheidshuis', 'Wvggz'],
    ],
    [
      'huiselijk-geweld',
      'Huiselijk geweld en kindermishandeling',
      ['Veilig Thuis', 'meldcode', 'tijdelijk huisverbod'],
    ],
    [
      'handhaving-openbare-ruimte',
      "Handhaving openbare ruimte (boa's)",
      ['boa', 'buitengewoon opsporingsambtenaar', 'toezicht openbare ruimte'],
    ],
    [
      'evenementenveiligheid',
      'Evenementenveiligheid',
      ['evenementenvergunning', 'crowd management'],
    ],
    ['cameratoezicht', 'Cameratoezicht', ["camera's", 'artikel 151c Gemeentewet']],
    [
      'jeugdcriminaliteit',
      'Preventie jeugdcriminaliteit',
      ['jeugdgroepen', 'Preventie met Gezag', 'jeugdoverlast'],
    ],
    ['drugsbeleid', 'Drugsbeleid en coffeeshops', ['drugsbeleid', 'drugsdumpingen', 'Opiumwet']],
    [
      'radicalisering',
      'Preventie radicalisering en polarisatie',
      ['polarisatie', 'extremisme', 'radicalisering'],
    ],
    ['integriteit', 'Integriteit', ['integriteitsbeleid', 'vertrouwenspersoon']],
    [
      'woonoverlast',
      'Aanpak woonoverlast',
      ['woonoverlast', 'burenruzies', 'Wet aanpak woonoverlast'],
    ],
    ['brandveiligheid', 'Brandveiligheid', ['brandpreventie', 'gebruiksmelding']],
    ['veilig-ondernemen', 'Keurmerk Veilig Ondernemen', ['KVO', 'veilige bedrijventerreinen']],
    ['mensenhandel', 'Aanpak mensenhandel en uitbuiting', ['mensenhandel', 'arbeidsuitbuiting']],
    [
      'integraal-veiligheidsbeleid',
      'Integraal veiligheidsbeleid',
      ['integraal veiligheidsplan', 'IVP', 'veiligheidsanalyse'],
    ],
  ],
  financien: [
    [
      'gemeentefinancien',
      'Gemeentefinanciën',
      ['Gemeentefonds', 'algemene uitkering', 'financiële verhoudingen'],
    ],
    [
      'begroting-verantwoording',
      'Begroting en verantwoording',
      ['P&C-cyclus', 'BBV', 'planning en control'],
    ],
    [
      'rechtmatigheid',
      'Rechtmatigheidsverantwoording',
      ['rechtmatigheid', 'interne controle', 'VIC'],
    ],
    ['subsidies', 'Subsidies', ['subsidieverlening', 'Algemene subsidieverordening', 'ASV']],
    [
      'externe-financiering',
      'Externe subsidies en fondsenwerving',
      ['Europese subsidies', 'rijkssubsidies', 'SPUK', 'fondsenwerving'],
    ],
    ['sisa', 'SiSa-verantwoording', ['SiSa', 'specifieke uitkeringen']],
    ['gemeentelijke-belastingen', 'Gemeentelijke belastingen', ['OZB', 'heffingen', 'invordering']],
    ['woz', 'Waardering onroerende zaken (Wet WOZ)', ['WOZ', 'Waarderingskamer', 'taxatie']],
    ['grondexploitatie', 'Grondexploitatie', ['grondbeleid', 'grex', 'kostenverhaal']],
    ['treasury', 'Treasury', ['financiering', 'Wet fido']],
    [
      'risicomanagement',
      'Risicomanagement en weerstandsvermogen',
      ['risicomanagement', 'weerstandsvermogen'],
    ],
    ['business-control', 'Business control', ['control', 'financieel advies', 'controlling']],
    [
      'kostprijs-tarieven',
      'Kostprijsberekening en tarieven',
      ['kostendekkende leges', 'tarieven', 'kostprijs'],
    ],
    [
      'financiele-sturing-sociaal-domein',
      'Financiële sturing sociaal domein',
      ['budgetbeheersing', 'zorgkosten', 'uitgaven jeugd'],
    ],
    [
      'maatschappelijk-vastgoed',
      'Maatschappelijk vastgoed',
      ['vastgoedbeheer', 'MJOP', 'accommodatiebeleid'],
    ],
    [
      'heroverweging',
      'Heroverweging en bezuinigingen',
      ['spending review', 'ombuigingen', 'bezuinigingen'],
    ],
    [
      'financiele-administratie',
      'Financiële administratie',
      ['crediteurenadministratie', 'boekhouding'],
    ],
    ['audit', 'Audit en accountantscontrole', ['audit', 'accountant', 'auditcommissie']],
  ],
};

/** All demo skills, in a stable order (theme by theme). */
export const SKILL_CATALOGUE: readonly DemoSkill[] = (
  Object.entries(BY_THEME) as [ThemeId, readonly Entry[]][]
).flatMap(([category, entries]) =>
  entries.map(([id, name, aliases, escoUri]) => ({
    id,
    name,
    aliases,
    category,
    escoUri: escoUri ?? null,
  })),
);

/** The skill ids of one theme, in catalogue order. */
export function skillIdsOfTheme(theme: ThemeId): string[] {
  return BY_THEME[theme].map(([id]) => id);
}
