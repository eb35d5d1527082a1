/**
 * The words the look-alike pairs of the synthetic world are written from (look-alikes.ts).
 *
 * A pair is one ambiguous head word ("inkoop", "participatie", "toezicht", ...) in two senses,
 * each sense a demo challenge family of another theme with (mostly) other skills: "de inkoop
 * van jeugdhulp" needs the Jeugdwet and zorginkoop, "de inkoop van ICT-diensten" needs
 * ICT-leveranciersmanagement. Both senses are told with the same frames and the same phrases of
 * the head, so their texts share most of their words; only the few words of the sense (topic,
 * party, object) tell them apart.
 */

/** One sense of a head: the demo family it stands for, and the words that are its own. */
export interface LookAlikeSense {
  /** The demo challenge family (src/seed/demo/texts/) whose id, theme and skills it takes. */
  readonly familyId: string;
  /** The family's name in the synthetic world (a fifth of the challenges carry it as title). */
  readonly name: string;
  /** Noun phrases naming the problem, each with the head word; the first word is lower case. */
  readonly topics: readonly string[];
  /** The outside parties one deals with, plural ("… weten niet …"). */
  readonly parties: readonly string[];
  /** What the work is about ("… wat {object} oplevert"). */
  readonly objects: readonly string[];
}

export interface LookAlikeHead {
  /** The ambiguous word both senses are about. */
  readonly head: string;
  /**
   * Eight noun phrases that belong to the head in either sense: the shared municipal words that
   * make the two texts look alike. Each half is worded by one family of the pair.
   */
  readonly shared: readonly string[];
  readonly senses: readonly [LookAlikeSense, LookAlikeSense];
}

/**
 * Sentence frames of a description. `{topic}` / `{Topic}` (a sense's topic, lower case or
 * capitalised) always comes within the first 25 characters, so two descriptions from one frame
 * differ early; `{a}`–`{d}` are phrases of the head, `{party}` and `{object}` of the sense;
 * `{gemeente}` is left for the world builder.
 */
export const LOOK_ALIKE_FRAMES: readonly string[] = [
  '{Topic} loopt in {gemeente} vast op {a} en {b}. We willen {c} opnieuw regelen en met {party} afspraken maken over {d}.',
  'Voor {topic} zoeken we een aanpak voor {a} en {b}. Ook ontbreekt een overzicht van {c}. We willen {d} vastleggen, zodat zichtbaar wordt wat {object} oplevert.',
  'Bij {topic} gaat het mis bij {a}. Niemand is eigenaar van {b} en {party} weten niet bij wie ze terechtkunnen. We willen {c} en {d} opnieuw inrichten.',
  'Na de evaluatie van {topic} wil het college {a} herzien. Knelpunten zijn {b} en {c}. Wie heeft ervaring met {d}?',
  '{Topic} vraagt meer dan we nu kunnen: {a}, {b} en {c} liggen bij verschillende afdelingen. We willen één regisseur en afspraken met {party} over {d}.',
  'Om {topic} te professionaliseren moeten {a} en {b} op orde komen. Daarnaast willen we {c} verbeteren, samen met {party}. Hoe hebben andere gemeenten {d} geregeld?',
  'Rond {topic} groeit de werkvoorraad. We hebben geen beeld van {a}, aan {b} wordt te weinig gedaan en over {c} bestaan verschillende afspraken. Wie heeft {d} goed aangepakt voor {object}?',
  'Het nieuwe beleid voor {topic} gaat dit jaar naar de raad. Daarin regelen we {a}, {b} en {c}, en hoe we met {party} omgaan bij {d}.',
];

/** Title frames; one wording carries two of them. */
export const LOOK_ALIKE_TITLE_FRAMES: readonly string[] = [
  '{Topic} opnieuw inrichten',
  'Grip op {topic}',
  'Knelpunten in {topic}',
  '{Topic} professionaliseren',
  'Regie op {topic} in {gemeente}',
  'Ervaring gezocht met {topic}',
];

/**
 * The candidate pairs, each demo family in one pair at most. The two senses of a pair belong to
 * different themes and share at most one required skill (checked by look-alikes.spec.ts).
 */
export const LOOK_ALIKE_HEADS: readonly LookAlikeHead[] = [
  {
    head: 'inkoop',
    shared: [
      'de looptijd van de raamcontracten',
      'de marktconsultatie',
      'de gunningscriteria',
      'de prijsafspraken',
      'het contractbeheer na de gunning',
      'de verlenging van lopende overeenkomsten',
      'het programma van eisen',
      'de verdeling over percelen',
    ],
    senses: [
      {
        familyId: 'aanbesteding-jeugdzorg',
        name: 'Inkoop jeugdhulp',
        topics: ['de inkoop van jeugdhulp', 'de inkoop van specialistische jeugdzorg'],
        parties: ['jeugdhulpaanbieders', 'zorgaanbieders'],
        objects: ['de jeugdhulp', 'de zorg voor jeugdigen'],
      },
      {
        familyId: 'europese-aanbesteding-ict',
        name: 'Inkoop ICT-diensten',
        topics: ['de inkoop van ICT-diensten', 'de inkoop van software en werkplekbeheer'],
        parties: ['ICT-leveranciers', 'softwareleveranciers'],
        objects: ['het applicatielandschap', 'de ICT-dienstverlening'],
      },
    ],
  },
  {
    head: 'participatie',
    shared: [
      'de opkomst bij bijeenkomsten',
      'het bereik van moeilijk bereikbare groepen',
      'de terugkoppeling aan inwoners',
      'de verwachtingen van deelnemers',
      'de rol van maatschappelijke organisaties',
      'het participatiebeleid',
      'de verslaglegging voor de raad',
      'de inzet van ervaringsdeskundigen',
    ],
    senses: [
      {
        familyId: 'omgevingsvisie-participatie',
        name: 'Participatie bij de omgevingsvisie',
        topics: ['de participatie bij de omgevingsvisie', 'de participatie onder de Omgevingswet'],
        parties: ['bewoners en initiatiefnemers', 'wijkraden en ondernemers'],
        objects: ['de omgevingsvisie', 'de inrichting van de leefomgeving'],
      },
      {
        familyId: 'bijstand-naar-werk',
        name: 'Participatie van bijstandsgerechtigden',
        topics: [
          'de participatie van bijstandsgerechtigden',
          'de participatie onder de Participatiewet',
        ],
        parties: ['werkgevers en re-integratiebedrijven', 'werkgevers en jobcoaches'],
        objects: ['de uitstroom naar werk', 'het re-integratiebudget'],
      },
    ],
  },
  {
    head: 'toezicht',
    shared: [
      'de risicogerichte aanpak',
      'de rapportages aan het college',
      'de informatie-uitwisseling met de provincie',
      'de capaciteit voor controles',
      'de vastlegging van bevindingen',
      'de termijnen in de wet',
      'de verantwoording achteraf',
      'de rolverdeling tussen toezichthouder en gemeente',
    ],
    senses: [
      {
        familyId: 'invoering-wkb',
        name: 'Toezicht op de bouw',
        topics: ['het toezicht op de bouw', 'het bouwtoezicht onder de Wkb'],
        parties: ['kwaliteitsborgers en aannemers'],
        objects: ['de bouwplannen', 'de kwaliteit van nieuwbouw'],
      },
      {
        familyId: 'meerjarig-sluitende-begroting',
        name: 'Financieel toezicht door de provincie',
        topics: ['het financieel toezicht door de provincie', 'het toezicht op de begroting'],
        parties: ['de toezichthouders van de provincie'],
        objects: ['de meerjarenbegroting', 'het structurele begrotingssaldo'],
      },
    ],
  },
  {
    head: 'aanbesteding',
    shared: [
      'de concessievoorwaarden',
      'de beoordeling van de inschrijvingen',
      'de tarieven en de indexatie',
      'de overgang naar de nieuwe opdrachtnemer',
      'de prestatie-indicatoren',
      'de afstemming over de planning',
      'de klachtenafhandeling',
      'de Europese aanbestedingsprocedure',
    ],
    senses: [
      {
        familyId: 'laadinfrastructuur-uitrol',
        name: 'Aanbesteding laadpalen',
        topics: [
          'de aanbesteding van laadpalen',
          'de aanbesteding van publieke laadinfrastructuur',
        ],
        parties: ['laadpaalexploitanten'],
        objects: ['het laadnetwerk', 'de plaatsing van laadpalen'],
      },
      {
        familyId: 'inkoop-huishoudelijke-hulp',
        name: 'Aanbesteding huishoudelijke hulp',
        topics: [
          'de aanbesteding van huishoudelijke hulp',
          'de aanbesteding van huishoudelijke ondersteuning',
        ],
        parties: ['thuiszorgorganisaties'],
        objects: ['de huishoudelijke ondersteuning', 'de hulp bij het huishouden'],
      },
    ],
  },
  {
    head: 'handhaving',
    shared: [
      'de prioriteiten in het handhavingsbeleid',
      'de bezetting van de diensten',
      'de registratie van meldingen',
      'de afstemming met de politie',
      'de opvolging van waarschuwingen',
      'de last onder dwangsom',
      'het uitvoeringsprogramma',
      'de verslaglegging van controles',
    ],
    senses: [
      {
        familyId: 'boa-handhaving',
        name: 'Handhaving in de openbare ruimte',
        topics: ['de handhaving in de openbare ruimte', 'de handhaving door handhavers op straat'],
        parties: ['handhavers en wijkagenten'],
        objects: ['de leefbaarheid in de wijken', 'de overlast op straat'],
      },
      {
        familyId: 'toetreden-omgevingsdienst',
        name: 'Handhaving van milieuregels',
        topics: [
          'de handhaving van milieuregels',
          'de handhaving bij bedrijven met een milieuvergunning',
        ],
        parties: ['de omgevingsdienst en de provincie'],
        objects: ['de milieutaken', 'de bedrijven met milieuvergunningen'],
      },
    ],
  },
  {
    head: 'sturing',
    shared: [
      'een dashboard voor het management',
      'de kwaliteit van de brongegevens',
      'de indicatoren voor de raad',
      'de koppeling van bestanden',
      'een maandelijkse rapportage',
      'de definities van kerncijfers',
      'de analyse van trends',
      'het eigenaarschap van de cijfers',
    ],
    senses: [
      {
        familyId: 'datagedreven-sturing',
        name: 'Sturing met data',
        topics: ['de sturing met data', 'de datagedreven sturing van de organisatie'],
        parties: ['de data-analisten', 'de beheerders van het datawarehouse'],
        objects: ['het datawarehouse', 'de data-analyse'],
      },
      {
        familyId: 'grip-op-kosten-sociaal-domein',
        name: 'Sturing op de kosten van het sociaal domein',
        topics: [
          'de sturing op de kosten van jeugdzorg en Wmo',
          'de financiële sturing in het sociaal domein',
        ],
        parties: ['de zorgaanbieders'],
        objects: ['de zorguitgaven', 'het budget voor jeugdzorg en Wmo'],
      },
    ],
  },
  {
    head: 'wachttijden',
    shared: [
      'de achterstand in de behandeling',
      'de wettelijke termijnen',
      'een actueel overzicht van de wachtenden',
      'de capaciteit in het team',
      'de communicatie met de aanvragers',
      'de prioritering van urgente gevallen',
      'de doorlooptijd per dossier',
      'de klachten over lange wachttijden',
    ],
    senses: [
      {
        familyId: 'wachtlijsten-jeugd',
        name: 'Wachttijden jeugdhulp',
        topics: ['de wachttijden voor jeugdhulp', 'de wachttijden in de jeugd-ggz'],
        parties: ['jeugdhulpaanbieders en huisartsen'],
        objects: ['de hulp aan kinderen en gezinnen', 'de jeugdhulp'],
      },
      {
        familyId: 'woo-verzoeken-termijnen',
        name: 'Wachttijden Woo-verzoeken',
        topics: ['de wachttijden voor Woo-verzoeken', 'de afhandeling van Woo-verzoeken'],
        parties: ['journalisten en andere verzoekers'],
        objects: ['de openbaarmaking van documenten', 'de Woo-besluiten'],
      },
    ],
  },
  {
    head: 'wijkaanpak',
    shared: [
      'een wijkteam met vaste gezichten',
      'de samenwerking met de woningcorporatie',
      'de bewonersavonden',
      'de inzet van sleutelfiguren in de buurt',
      'de planning per straat',
      'het vertrouwen van bewoners',
      'een wijkbudget',
      'de aansluiting bij het buurthuis',
    ],
    senses: [
      {
        familyId: 'wijkaanpak-warmtetransitie',
        name: 'Wijkaanpak aardgasvrij',
        topics: ['de wijkaanpak voor aardgasvrij wonen', 'de wijkaanpak van de warmtetransitie'],
        parties: ['de netbeheerder en het warmtebedrijf'],
        objects: ['de isolatie van woningen', 'de overstap naar een warmtenet'],
      },
      {
        familyId: 'jeugdoverlast-preventie',
        name: 'Wijkaanpak jeugdoverlast',
        topics: ['de wijkaanpak tegen jeugdoverlast', 'de wijkaanpak voor jongeren op straat'],
        parties: ['jongerenwerkers en wijkagenten'],
        objects: ['de overlast door jongeren', 'de preventie van jeugdcriminaliteit'],
      },
    ],
  },
  {
    head: 'vergunning',
    shared: [
      'de indieningsvereisten',
      'de doorlooptijd van aanvragen',
      'de vragen in het digitale loket',
      'de afstemming met adviseurs',
      'de leges',
      'de beoordeling van onvolledige aanvragen',
      'de communicatie met aanvragers',
      'de standaardvoorschriften',
    ],
    senses: [
      {
        familyId: 'vergunningcheck-dso',
        name: 'Vergunning voor bouwactiviteiten',
        topics: [
          'de vergunning voor bouwactiviteiten onder de Omgevingswet',
          'de vergunningcheck in het Omgevingsloket',
        ],
        parties: ['initiatiefnemers en architecten'],
        objects: ['de toepasbare regels', 'het omgevingsplan'],
      },
      {
        familyId: 'evenementenbeleid',
        name: 'Vergunning voor evenementen',
        topics: ['de vergunning voor grote evenementen', 'de vergunningverlening voor festivals'],
        parties: ['organisatoren van festivals'],
        objects: ['het veiligheidsplan van evenementen', 'de evenementenkalender'],
      },
    ],
  },
  {
    head: 'werving',
    shared: [
      'de arbeidsmarktcampagne',
      'het bereik van nieuwe kandidaten',
      'het behoud van ervaren krachten',
      'een poule van reservekrachten',
      'de opleiding van nieuwe mensen',
      'de vergoeding',
      'de planning van de bezetting',
      'het bereik van jongere kandidaten',
    ],
    senses: [
      {
        familyId: 'strategische-personeelsplanning',
        name: 'Werving van personeel',
        topics: ['de werving van personeel', 'de werving voor moeilijk vervulbare vacatures'],
        parties: ['recruiters en opleidingsinstituten'],
        objects: ['de formatie van de ambtelijke organisatie', 'de vacatures'],
      },
      {
        familyId: 'verkiezingen-organiseren',
        name: 'Werving van stembureauleden',
        topics: ['de werving van stembureauleden', 'de werving van tellers voor de verkiezingen'],
        parties: ['vrijwilligers en scholen'],
        objects: ['de bemensing van de stembureaus', 'de verkiezingsdag'],
      },
    ],
  },
  {
    head: 'risicobeheersing',
    shared: [
      'de risicoanalyse',
      'een scenario voor het ergste geval',
      'de risicorapportage aan de directie',
      'de maatregelen die de kans verkleinen',
      'de rol van de accountant',
      'een oefening met het management',
      'de periodieke herijking',
      'het risicoprofiel',
    ],
    senses: [
      {
        familyId: 'grondexploitatie-risico',
        name: 'Risicobeheersing grondexploitaties',
        topics: [
          'de risicobeheersing bij grondexploitaties',
          'de risicobeheersing van grondposities',
        ],
        parties: ['ontwikkelaars en taxateurs'],
        objects: ['de grondexploitaties', 'de grondposities'],
      },
      {
        familyId: 'ransomware-weerbaarheid',
        name: 'Risicobeheersing ransomware',
        topics: ['de risicobeheersing tegen ransomware', 'de risicobeheersing van cyberaanvallen'],
        parties: ['de ICT-leverancier en het SOC'],
        objects: ['de back-ups en systemen', 'het netwerk'],
      },
    ],
  },
  {
    head: 'samenwerking',
    shared: [
      'de gemeenschappelijke regeling',
      'de verdeelsleutel voor de kosten',
      'de dienstverleningsovereenkomst',
      'de zeggenschap van de deelnemers',
      'de overgang van personeel',
      'de governance',
      'de uittreding van een gemeente',
      'de begroting van de samenwerking',
    ],
    senses: [
      {
        familyId: 'ambtelijke-samenwerking-ssc',
        name: 'Samenwerking in de bedrijfsvoering',
        topics: [
          'de samenwerking in de bedrijfsvoering',
          'de samenwerking in een shared service center',
        ],
        parties: ['de deelnemende gemeenten'],
        objects: ['ICT, HR en financiën', 'de ondersteunende diensten'],
      },
      {
        familyId: 'woz-belastingen-samenwerking',
        name: 'Samenwerking in de belastingheffing',
        topics: [
          'de samenwerking in de belastingheffing',
          'de samenwerking in een belastingkantoor',
        ],
        parties: ['de waterschappen en de deelnemende gemeenten'],
        objects: ['de WOZ-waardering en de aanslagen', 'de belastingheffing'],
      },
    ],
  },
  {
    head: 'registratie',
    shared: [
      'de kwaliteit van de registratie',
      'de terugmeldingen',
      'het wegwerken van achterstallige mutaties',
      'de controle op afwijkingen',
      'de audit op de registratie',
      'de samenwerking met de afnemers',
      'de verwerking van signalen',
      'een verbeterplan',
    ],
    senses: [
      {
        familyId: 'kwaliteit-basisregistraties',
        name: 'Registratie van gebouwen en kaartgegevens',
        topics: [
          'de registratie van gebouwen in de BAG',
          'de registratie van kaartgegevens in de BGT',
        ],
        parties: ['landmeters en afnemers'],
        objects: ['de geo-informatie', 'de kaartgegevens'],
      },
      {
        familyId: 'brp-adreskwaliteit',
        name: 'Registratie van inwoners op adressen',
        topics: ['de registratie van inwoners in de BRP', 'de registratie van verblijfsadressen'],
        parties: ['woningcorporaties en de Belastingdienst'],
        objects: ['de adresonderzoeken', 'de inschrijvingen op adressen'],
      },
    ],
  },
];
