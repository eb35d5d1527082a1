import type { ThemeTexts } from './text-types';

export const DIENSTVERLENING: ThemeTexts = {
  theme: 'dienstverlening',
  profiles: [
    {
      title: 'Woo-coördinator',
      department: 'Juridische Zaken',
      skills: ['woo', 'actieve-openbaarmaking', 'informatiebeheer', 'privacy-avg'],
      focus: 'Woo-verzoeken en het actief openbaar maken van informatie',
    },
    {
      title: 'Teamleider klantcontactcentrum',
      department: 'Publiekszaken',
      skills: ['klantcontact', 'dienstverleningsconcept', 'klanttevredenheid', 'leidinggeven'],
      focus: 'goede bereikbaarheid en klantvriendelijke dienstverlening',
    },
    {
      title: 'Medewerker burgerzaken',
      department: 'Publiekszaken',
      skills: ['burgerzaken-brp', 'reisdocumenten', 'adreskwaliteit', 'publieksbalie'],
      focus: 'de basisregistratie personen en reisdocumenten',
    },
    {
      title: 'Adviseur digitale dienstverlening',
      department: 'Publiekszaken',
      skills: [
        'digitale-dienstverlening',
        'klantreizen',
        'digitale-toegankelijkheid',
        'webredactie',
      ],
      focus: 'eenvoudige en toegankelijke online diensten',
    },
    {
      title: 'Communicatieadviseur',
      department: 'Communicatie',
      skills: ['communicatieadvies', 'begrijpelijke-taal', 'webredactie', 'burgerparticipatie'],
      focus: 'heldere communicatie met inwoners',
    },
    {
      title: 'Adviseur participatie',
      department: 'Bestuur en Organisatie',
      skills: [
        'burgerparticipatie',
        'participatie-omgeving',
        'communicatieadvies',
        'stakeholdermanagement',
      ],
      focus: 'inwoners betrekken bij beleid en projecten',
    },
    {
      title: 'Coördinator verkiezingen',
      department: 'Publiekszaken',
      skills: ['verkiezingen', 'burgerzaken-brp', 'projectmanagement'],
      focus: 'betrouwbare en toegankelijke verkiezingen',
    },
  ],
  families: [
    {
      id: 'woo-actief-openbaar-maken',
      name: 'Actief openbaar maken onder de Woo',
      skills: ['actieve-openbaarmaking', 'woo', 'informatiebeheer', 'privacy-avg'],
      wordings: [
        {
          titles: [
            'Informatiecategorieën uit de Wet open overheid publiceren',
            'Raadsinformatie en besluiten automatisch openbaar maken',
          ],
          description:
            'De Wet open overheid verplicht ons om steeds meer informatiecategorieën uit onszelf te publiceren. We willen dat zoveel mogelijk vanuit het zaaksysteem laten gebeuren, met controle op persoonsgegevens.',
        },
        {
          titles: ['Zoekbare publicatie van documenten voor inwoners en journalisten'],
          description:
            'Nu publiceren we documenten handmatig op verschillende plekken. We zoeken een werkwijze waarbij adviezen, convenanten en onderzoeksrapporten standaard openbaar worden, ook richting het landelijke platform.',
        },
        {
          titles: ['Van reactief naar actief openbaar maken'],
          description:
            'Openbaarheid begint bij goed informatiebeheer, maar dat is bij ons nog niet op orde. Hoe hebben andere gemeenten de stap gezet van reactief naar actief openbaar maken?',
        },
      ],
    },
    {
      id: 'woo-verzoeken-termijnen',
      name: 'Woo-verzoeken binnen de termijn afhandelen',
      skills: ['woo', 'bestuursrecht', 'informatiebeheer', 'privacy-avg'],
      wordings: [
        {
          titles: ['Woo-verzoeken binnen de wettelijke termijn afhandelen'],
          description:
            'Het aantal verzoeken om informatie is sterk gegroeid en we halen de termijnen niet meer. We willen een vast proces met een coördinator, zoeksoftware en afspraken over de weigeringsgronden.',
        },
        {
          titles: [
            'Grote informatieverzoeken van journalisten beheersbaar maken',
            'Lakken van documenten sneller en zorgvuldiger',
          ],
          description:
            'Een verzoek om alle e-mails over een project levert duizenden documenten op. We zoeken ervaring met het in gesprek gaan met de verzoeker om de vraag af te bakenen en met software voor het lakken.',
        },
        {
          titles: ['Ingebrekestellingen bij openbaarmakingsverzoeken voorkomen'],
          description:
            'We krijgen ingebrekestellingen en beroepszaken omdat besluiten te laat zijn. Hoe hebben andere gemeenten capaciteit en kennis georganiseerd om verzoeken op tijd af te handelen?',
        },
      ],
    },
    {
      id: 'klantcontact-omnichannel',
      name: 'Klantcontact via alle kanalen',
      skills: [
        'klantcontact',
        'dienstverleningsconcept',
        'zaakgericht-werken',
        'klanttevredenheid',
      ],
      wordings: [
        {
          titles: ['Klantcontactcentrum bereikbaar via telefoon, chat en WhatsApp'],
          description:
            'Inwoners willen ons bereiken via WhatsApp, chat en sociale media, niet alleen via de telefoon. We willen alle kanalen in één systeem afhandelen en het klantbeeld voor medewerkers compleet maken.',
        },
        {
          titles: [
            'Meer vragen in één keer goed beantwoorden',
            'Terugbelverzoeken en doorverbinden verminderen',
          ],
          description:
            'Het klantcontactcentrum verbindt veel vragen door naar vakafdelingen, waar niemand opneemt. We zoeken een aanpak om meer vragen in het eerste contact af te handelen met een goede kennisbank.',
        },
        {
          titles: [
            'Nieuw dienstverleningsconcept voor het KCC',
            'Lange wachttijden aan de telefoon verkorten',
          ],
          description:
            'De wachttijden aan de telefoon zijn lang en inwoners zijn ontevreden. Hoe hebben andere gemeenten de bereikbaarheid verbeterd en welke servicenormen hanteren ze?',
        },
      ],
    },
    {
      id: 'begrijpelijke-brieven',
      name: 'Begrijpelijke brieven en teksten',
      skills: ['begrijpelijke-taal', 'communicatieadvies', 'klantreizen', 'bestuursrecht'],
      wordings: [
        {
          titles: [
            'Alle brieven herschrijven op taalniveau B1',
            'Standaardbrieven in het zaaksysteem vereenvoudigen',
          ],
          description:
            'Veel van onze brieven zijn te moeilijk voor een groot deel van de inwoners. We willen alle standaardbrieven herschrijven op B1-niveau en medewerkers trainen in helder schrijven.',
        },
        {
          titles: ['Begrijpelijke besluiten die juridisch kloppen'],
          description:
            'Juristen zijn bang dat eenvoudige taal leidt tot onzorgvuldige besluiten. We zoeken ervaring met besluiten die begrijpelijk zijn en toch standhouden in bezwaar en beroep.',
        },
        {
          titles: ['Inwoners met laaggeletterdheid beter bereiken'],
          description:
            'Ongeveer een op de zes volwassenen in {gemeente} heeft moeite met lezen of rekenen. Hoe testen andere gemeenten hun teksten met inwoners en wat leverde dat op?',
        },
      ],
    },
    {
      id: 'digitale-inclusie-ido',
      name: 'Digitale inclusie',
      skills: [
        'digitale-inclusie',
        'digitale-dienstverlening',
        'klantcontact',
        'burgerparticipatie',
      ],
      wordings: [
        {
          titles: ['Informatiepunt Digitale Overheid in de bibliotheek'],
          description:
            'Steeds meer diensten zijn alleen online te regelen, terwijl een deel van de inwoners niet digitaal vaardig is. We willen samen met de bibliotheek een informatiepunt en cursussen aanbieden.',
        },
        {
          titles: [
            'Inwoners helpen die niet digitaal mee kunnen',
            'Digitale vaardigheden van ouderen versterken',
          ],
          description:
            'Ouderen en nieuwkomers lopen vast bij DigiD en online formulieren. We zoeken ervaring met hulp aan huis, spreekuren en een netwerk van vrijwilligers.',
        },
        {
          titles: ['Altijd een niet-digitaal alternatief voor gemeentelijke diensten'],
          description:
            'We willen dat elke dienst ook zonder computer kan worden aangevraagd, zonder dat de kosten uit de hand lopen. Hoe organiseren andere gemeenten een goed niet-digitaal kanaal?',
        },
      ],
    },
    {
      id: 'brp-adreskwaliteit',
      name: 'Adreskwaliteit in de BRP verbeteren',
      skills: ['adreskwaliteit', 'burgerzaken-brp', 'toezicht-handhaving', 'privacy-avg'],
      wordings: [
        {
          titles: [
            'Meer adresonderzoeken na signalen van de Landelijke Aanpak Adreskwaliteit',
            'Huisbezoeken bij vermoeden van onjuiste inschrijving',
          ],
          description:
            'We krijgen veel signalen dat inwoners niet wonen waar ze staan ingeschreven. We willen een efficiënt proces voor adresonderzoek met huisbezoeken en samenwerking met andere afdelingen.',
        },
        {
          titles: ['Arbeidsmigranten correct inschrijven in de BRP'],
          description:
            'Arbeidsmigranten wonen vaak kort op een adres en worden niet of verkeerd ingeschreven. Wie heeft goede ervaringen met afspraken met uitzendbureaus en huisvesters over inschrijving?',
        },
        {
          titles: ['Signalen over onjuiste inschrijving zorgvuldig combineren'],
          description:
            'Bij adresonderzoek spelen privacy en zorgvuldigheid een grote rol. Hoe combineren andere gemeenten signalen uit verschillende bronnen zonder de regels voor gegevensdeling te overtreden?',
        },
      ],
    },
    {
      id: 'verkiezingen-organiseren',
      name: 'Verkiezingen foutloos organiseren',
      skills: ['verkiezingen', 'burgerzaken-brp', 'projectmanagement', 'werving-selectie'],
      wordings: [
        {
          titles: ['Genoeg stembureauleden vinden voor de verkiezingen'],
          description:
            'Het wordt steeds moeilijker om genoeg stembureauleden te vinden. We zoeken ervaring met werving onder jongeren en medewerkers van bedrijven, en met een goede training.',
        },
        {
          titles: ['Fouten bij het tellen van stemmen voorkomen', 'Centrale stemopneming invoeren'],
          description:
            'Bij de vorige verkiezingen moesten we uitslagen corrigeren door telfouten. We willen centraal tellen en zoeken een gemeente die dat al heeft gedaan.',
        },
        {
          titles: ['Toegankelijke stemlokalen voor alle kiezers'],
          description:
            'Niet alle stemlokalen in {gemeente} zijn toegankelijk voor mensen met een beperking. Hoe hebben andere gemeenten geschikte locaties gevonden en hulpmiddelen ingezet?',
        },
      ],
    },
    {
      id: 'digitale-dienstverlening-formulieren',
      name: 'Digitale dienstverlening en e-formulieren',
      skills: [
        'digitale-dienstverlening',
        'digitale-toegankelijkheid',
        'klantreizen',
        'identiteit-toegang',
        'common-ground',
      ],
      wordings: [
        {
          titles: [
            'Online aanvragen vernieuwen met slimme e-formulieren',
            'Inloggen met DigiD en eHerkenning in alle formulieren',
          ],
          description:
            'Onze online formulieren zijn verouderd en vragen gegevens die we al hebben. We willen nieuwe formulieren die vooraf invullen, direct een zaak aanmaken en goed werken op de telefoon.',
        },
        {
          titles: ['Website en formulieren voldoen aan de toegankelijkheidseisen'],
          description:
            'Uit een toets blijkt dat onze website en formulieren niet voldoen aan de toegankelijkheidseisen. We zoeken een aanpak om dit op te lossen en blijvend te bewaken.',
        },
        {
          titles: ['Klantreizen gebruiken om online diensten te verbeteren'],
          description:
            'We willen onze diensten verbeteren vanuit het perspectief van de inwoner. Wie heeft met klantreizen gewerkt en kan vertellen hoe dat tot concrete verbeteringen leidde?',
        },
      ],
    },
  ],
};
