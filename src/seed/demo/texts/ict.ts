import type { ThemeTexts } from './text-types';

export const ICT: ThemeTexts = {
  theme: 'ict',
  profiles: [
    {
      title: 'Informatiebeveiliger (CISO)',
      department: 'Informatievoorziening',
      skills: [
        'informatiebeveiliging-bio',
        'security-operations',
        'privacy-avg',
        'risicomanagement',
      ],
      focus: 'informatiebeveiliging volgens de BIO en de ENSIA-verantwoording',
    },
    {
      title: 'Privacy officer',
      department: 'Informatievoorziening',
      skills: ['privacy-avg', 'informatiebeveiliging-bio', 'algoritmes-ai', 'bestuursrecht'],
      focus: 'zorgvuldig omgaan met persoonsgegevens en DPIA’s',
    },
    {
      title: 'Informatiearchitect',
      department: 'Informatievoorziening',
      skills: ['informatiearchitectuur', 'common-ground', 'api-standaarden', 'zaakgericht-werken'],
      focus: 'een samenhangend applicatielandschap volgens GEMMA en Common Ground',
    },
    {
      title: 'Functioneel beheerder zaaksysteem',
      department: 'Informatievoorziening',
      skills: ['functioneel-beheer', 'zaakgericht-werken', 'informatiebeheer', 'procesmanagement'],
      focus: 'het zaaksysteem en de werkprocessen die erop draaien',
    },
    {
      title: 'Data-analist',
      department: 'Onderzoek en Statistiek',
      skills: ['data-analyse', 'business-intelligence', 'databases-sql', 'datamanagement'],
      focus: 'sturingsinformatie en dashboards voor beleid en bestuur',
    },
    {
      title: 'Adviseur informatiebeheer',
      department: 'Documentaire Informatievoorziening',
      skills: ['informatiebeheer', 'woo', 'zaakgericht-werken', 'privacy-avg'],
      focus: 'digitaal archiveren en duurzaam toegankelijke informatie',
    },
    {
      title: 'Systeembeheerder',
      department: 'ICT',
      skills: ['systeembeheer', 'cloud-werkplek', 'identiteit-toegang', 'security-operations'],
      focus: 'een veilige en stabiele ICT-infrastructuur',
    },
    {
      title: 'Informatiemanager',
      department: 'Informatievoorziening',
      skills: [
        'informatiemanagement',
        'ict-leveranciersmanagement',
        'informatiearchitectuur',
        'programmamanagement',
      ],
      focus: 'de vertaling van beleidsdoelen naar informatievoorziening',
    },
    {
      title: 'GIS-specialist',
      department: 'Geo-informatie',
      skills: ['geo-informatie', 'basisregistraties', 'datamanagement', 'open-data'],
      focus: 'geodata en de kwaliteit van BAG en BGT',
    },
  ],
  families: [
    {
      id: 'zaakgericht-werken-overstap',
      name: 'Overstap naar zaakgericht werken',
      skills: [
        'zaakgericht-werken',
        'functioneel-beheer',
        'procesmanagement',
        'informatiebeheer',
        'verandermanagement',
      ],
      wordings: [
        {
          titles: ['Nieuw zaaksysteem invoeren in alle afdelingen'],
          description:
            'We willen alle verzoeken van inwoners en bedrijven als zaak registreren en afhandelen. Daarvoor voeren we een nieuw zaaksysteem in en moeten we werkprocessen opnieuw beschrijven.',
        },
        {
          titles: ['Van papieren dossiers naar digitale zaakafhandeling'],
          description:
            'Medewerkers werken nog met mappen op de netwerkschijf en e-mail, waardoor dossiers onvolledig zijn. We zoeken ervaring met het meenemen van teams in een andere manier van werken en met het inrichten van zaaktypen.',
        },
        {
          titles: ['Status van aanvragen inzichtelijk maken voor inwoners'],
          description:
            'Inwoners vragen steeds vaker hoe het met hun aanvraag staat. Een gemeente die de status van zaken al toont in een persoonlijke omgeving, kan ons helpen met de koppelingen en de inrichting.',
        },
      ],
    },
    {
      id: 'common-ground-componenten',
      name: 'Werken volgens Common Ground',
      skills: [
        'common-ground',
        'api-standaarden',
        'informatiearchitectuur',
        'ict-leveranciersmanagement',
      ],
      wordings: [
        {
          titles: [
            'Applicatielandschap ombouwen volgens Common Ground',
            'Gegevens bij de bron bevragen in plaats van kopiëren',
          ],
          description:
            'Ons applicatielandschap bestaat uit grote pakketten die elk hun eigen kopie van gegevens bijhouden. We willen stap voor stap naar losse componenten die gegevens via API’s bij de bron bevragen.',
        },
        {
          titles: ['Open source componenten gezamenlijk inkopen en beheren'],
          description:
            'Samen met andere gemeenten willen we open source componenten zoals een zaakregistratie en formulieren in gebruik nemen. Wie heeft ervaring met de inkoop, het beheer en de doorontwikkeling in een coöperatief verband?',
        },
        {
          titles: ['Afhankelijkheid van één leverancier verminderen'],
          description:
            'Bij elke vervanging van een applicatie lopen we aan tegen gesloten systemen en dure koppelingen. We zoeken een architectuurprincipe en een inkoopstrategie die leveranciers dwingen open standaarden te volgen.',
        },
      ],
    },
    {
      id: 'informatiebeveiliging-bio',
      name: 'Informatiebeveiliging op BIO-niveau',
      skills: [
        'informatiebeveiliging-bio',
        'risicomanagement',
        'security-operations',
        'privacy-avg',
      ],
      wordings: [
        {
          titles: ['ENSIA-verantwoording op orde krijgen'],
          description:
            'Uit de ENSIA-zelfevaluatie blijkt dat we een deel van de maatregelen uit de Baseline Informatiebeveiliging Overheid niet aantoonbaar hebben ingevoerd. We willen een verbeterplan dat past bij onze kleine organisatie.',
        },
        {
          titles: ['Risicomanagement voor informatiebeveiliging in de lijn beleggen'],
          description:
            'Informatiebeveiliging is nu vooral een zaak van de CISO, terwijl de lijn verantwoordelijk is. Hoe hebben andere gemeenten risicoafwegingen en maatregelen belegd bij proceseigenaren?',
        },
        {
          titles: ['Kwetsbaarheden en beveiligingsmaatregelen aantoonbaar beheersen'],
          description:
            'De auditor vond tekortkomingen in het patchbeleid, toegangsbeheer en de logging. We zoeken een praktische aanpak om de BIO-maatregelen te prioriteren en de voortgang te meten.',
        },
      ],
    },
    {
      id: 'ransomware-weerbaarheid',
      name: 'Weerbaarheid tegen ransomware',
      skills: [
        'security-operations',
        'informatiebeveiliging-bio',
        'systeembeheer',
        'crisisbeheersing',
      ],
      wordings: [
        {
          titles: [
            'Voorbereid zijn op een ransomware-aanval',
            'Back-ups en herstelplan testen na een hack bij een buurgemeente',
          ],
          description:
            'Na de hack bij een andere gemeente wil het college weten of wij een aanval met gijzelsoftware zouden doorstaan. We willen onze back-ups, herstelprocedures en communicatie testen.',
        },
        {
          titles: ['Oefenen met een cyberincident en uitval van systemen'],
          description:
            'We organiseren een crisisoefening waarin alle systemen uitvallen. Wie heeft ervaring met draaiboeken voor een cyberincident, inclusief de rol van de burgemeester en de noodcommunicatie met inwoners?',
        },
        {
          titles: ['Monitoring van netwerkverkeer uitbesteden aan een SOC'],
          description:
            'We hebben geen eigen capaciteit om verdachte activiteiten op het netwerk dag en nacht te volgen. We zoeken ervaring met het inschakelen van een security operations center en afspraken over opvolging.',
        },
      ],
    },
    {
      id: 'datagedreven-sturing',
      name: 'Datagedreven werken',
      skills: [
        'data-analyse',
        'business-intelligence',
        'datamanagement',
        'privacy-avg',
        'databases-sql',
      ],
      wordings: [
        {
          titles: [
            'Datagedreven werken in de gemeentelijke organisatie',
            'Eén datawarehouse voor beleid en bestuur',
          ],
          description:
            'Beleidsmakers vragen steeds vaker om cijfers, maar gegevens zitten verspreid in losse systemen en spreadsheets. We willen een datawarehouse met afspraken over definities, kwaliteit en eigenaarschap.',
        },
        {
          titles: ['Dashboards die de raad echt gebruikt'],
          description:
            'De raad krijgt veel rapportages maar weinig inzicht. We zoeken ervaring met compacte dashboards die aansluiten op de doelen uit de begroting en automatisch worden bijgewerkt.',
        },
        {
          titles: ['Beleid onderbouwen met cijfers uit eigen registraties'],
          description:
            'We willen beleid in {gemeente} onderbouwen met analyses van eigen registraties, zonder de privacy van inwoners te schaden. Hoe regelen andere gemeenten pseudonimisering, doelbinding en de rol van de privacy officer?',
        },
      ],
    },
    {
      id: 'digitaal-archiveren-e-depot',
      name: 'Digitaal archiveren en aansluiten op een e-depot',
      skills: ['informatiebeheer', 'zaakgericht-werken', 'datamanagement', 'privacy-avg'],
      wordings: [
        {
          titles: ['Aansluiten op een e-depot', 'Digitale archieven duurzaam toegankelijk houden'],
          description:
            'Onze digitale dossiers moeten na twintig jaar worden overgebracht naar een e-depot. We moeten metadata, bestandsformaten en processen voor overbrenging op orde brengen.',
        },
        {
          titles: ['Vernietigen en overbrengen van digitale dossiers volgens de selectielijst'],
          description:
            'In het zaaksysteem worden dossiers nooit vernietigd, ook niet als de bewaartermijn is verstreken. We zoeken een werkwijze om te vernietigen volgens de selectielijst, met goedkeuring van de archivaris.',
        },
        {
          titles: ['Informatiebeheer op orde voor de nieuwe Archiefwet'],
          description:
            'De nieuwe Archiefwet verkort de overbrengingstermijn en stelt eisen aan digitale informatie. Hoe hebben andere gemeenten hun informatiebeheerplan en de samenwerking met het regionaal archief ingericht?',
        },
      ],
    },
    {
      id: 'migratie-cloud-werkplek',
      name: 'Migratie naar een cloudwerkplek',
      skills: [
        'cloud-werkplek',
        'informatiebeveiliging-bio',
        'privacy-avg',
        'ict-leveranciersmanagement',
        'verandermanagement',
      ],
      wordings: [
        {
          titles: [
            'Migratie naar een cloudwerkplek',
            'Kantoorsoftware en e-mail naar de cloud: wat mag wel en niet?',
          ],
          description:
            'Onze werkplekken en fileservers zijn verouderd en we willen naar een cloudomgeving. De vraag is welke gegevens we daar mogen opslaan en welke afspraken we met de leverancier moeten maken.',
        },
        {
          titles: [
            'Cloudbeleid vaststellen volgens de rijksrichtlijnen',
            'Veilig samenwerken met ketenpartners in gedeelde omgevingen',
          ],
          description:
            'Medewerkers willen samenwerken in gedeelde documenten met collega’s van andere organisaties. We zoeken een cloudbeleid met een DPIA en een exitstrategie die de toets van de auditor doorstaat.',
        },
        {
          titles: ['Medewerkers meenemen in de overstap naar een nieuwe werkplek'],
          description:
            'De overstap naar een nieuwe werkplek raakt iedere medewerker. Hoe hebben andere gemeenten de migratie gepland, uitgelegd en ondersteund zonder dat het werk stil kwam te liggen?',
        },
      ],
    },
    {
      id: 'algoritmeregister',
      name: 'Verantwoord inzetten van algoritmes',
      skills: ['algoritmes-ai', 'privacy-avg', 'data-analyse', 'bestuursrecht'],
      wordings: [
        {
          titles: [
            'Algoritmeregister opzetten',
            'Verantwoord gebruik van algoritmes en AI in de uitvoering',
          ],
          description:
            'We willen transparant zijn over de algoritmes die we gebruiken, bijvoorbeeld bij handhaving en toekenning van uitkeringen. Daarvoor zetten we een register op en toetsen we bestaande toepassingen.',
        },
        {
          titles: ['Generatieve AI voor medewerkers: kaders en afspraken'],
          description:
            'Medewerkers gebruiken al chatbots en tekstgeneratoren, zonder duidelijke afspraken. We zoeken kaders voor het gebruik van generatieve AI die recht doen aan privacy, informatiebeveiliging en de Woo.',
        },
        {
          titles: ['Discriminatie door risicomodellen voorkomen'],
          description:
            'Een risicomodel voor fraudeonderzoek bleek bepaalde groepen vaker te selecteren. Hoe toetsen andere gemeenten hun modellen op bias en wie beslist over de inzet ervan?',
        },
      ],
    },
    {
      id: 'kwaliteit-basisregistraties',
      name: 'Kwaliteit van basisregistraties verbeteren',
      skills: ['basisregistraties', 'geo-informatie', 'datamanagement', 'woz'],
      wordings: [
        {
          titles: ['Kwaliteit van BAG en BGT verbeteren'],
          description:
            'Bij de kwaliteitsmonitor scoren we onvoldoende op actualiteit van de BAG. We willen de werkprocessen tussen vergunningen, bouwtoezicht en de registratie beter op elkaar laten aansluiten.',
        },
        {
          titles: ['Terugmeldingen op basisregistraties sneller afhandelen'],
          description:
            'Landelijke afnemers melden fouten terug in onze basisregistraties, maar afhandeling duurt lang. We zoeken een aanpak om terugmeldingen snel en structureel op te lossen.',
        },
        {
          titles: [
            'Samenhangende objectenregistratie voorbereiden',
            'Verschillen tussen BAG en WOZ opsporen en oplossen',
          ],
          description:
            'De samenhangende objectenregistratie vraagt dat BAG, BGT en WOZ op elkaar aansluiten. Wie heeft al een analyse gedaan van de verschillen en weet hoe je die met beperkte capaciteit oplost?',
        },
      ],
    },
  ],
};
