import type { ThemeTexts } from './text-types';

export const SOCIAAL_DOMEIN: ThemeTexts = {
  theme: 'sociaal-domein',
  profiles: [
    {
      title: 'Beleidsadviseur jeugd',
      department: 'Sociaal Domein',
      skills: ['jeugdwet', 'inkoop-sociaal-domein', 'jeugdbescherming', 'leerplicht'],
      focus: 'de transformatie van de jeugdhulp en de samenwerking met onderwijs',
    },
    {
      title: 'Contractmanager jeugd en Wmo',
      department: 'Sociaal Domein',
      skills: ['contractmanagement-zorg', 'inkoop-sociaal-domein', 'jeugdwet', 'wmo-2015'],
      focus: 'goede afspraken met zorgaanbieders en grip op de zorgkosten',
    },
    {
      title: 'Consulent Wmo',
      department: 'Zorg en Welzijn',
      skills: ['wmo-2015', 'toegang-sociaal-domein', 'huishoudelijke-ondersteuning', 'mantelzorg'],
      focus: 'het keukentafelgesprek en passende ondersteuning voor inwoners',
    },
    {
      title: 'Klantmanager werk en inkomen',
      department: 'Werk en Inkomen',
      skills: ['participatiewet', 're-integratie', 'beschut-werk', 'armoedebeleid'],
      focus: 'het begeleiden van inwoners uit de bijstand naar werk',
    },
    {
      title: 'Schuldhulpverlener',
      department: 'Werk en Inkomen',
      skills: ['schuldhulpverlening', 'vroegsignalering-schulden', 'armoedebeleid'],
      focus: 'het voorkomen en oplossen van problematische schulden',
    },
    {
      title: 'Beleidsmedewerker inburgering',
      department: 'Sociaal Domein',
      skills: ['inburgering', 'huisvesting-statushouders', 'participatiewet', 'opvang-ontheemden'],
      focus: 'een goede start voor statushouders en nieuwkomers',
    },
    {
      title: 'Teamleider sociaal wijkteam',
      department: 'Sociaal Domein',
      skills: ['sociaal-wijkteam', 'multiprobleem', 'toegang-sociaal-domein', 'jeugdwet'],
      focus: 'integraal werken in de wijk met één plan per huishouden',
    },
    {
      title: 'Beleidsadviseur maatschappelijke ondersteuning',
      department: 'Zorg en Welzijn',
      skills: ['wmo-2015', 'beschermd-wonen', 'ouderenbeleid', 'preventie-gezondheid'],
      focus: 'beschermd wonen, ouderenbeleid en preventie',
    },
    {
      title: 'Programmamanager sociaal domein',
      department: 'Sociaal Domein',
      skills: ['monitoring-sociaal-domein', 'inkoop-sociaal-domein', 'jeugdwet', 'wmo-2015'],
      focus: 'sturing op resultaten en kosten in het sociaal domein',
    },
  ],
  families: [
    {
      id: 'aanbesteding-jeugdzorg',
      name: 'Aanbesteding jeugdzorg',
      skills: [
        'jeugdwet',
        'inkoop-sociaal-domein',
        'aanbesteden',
        'contractmanagement-zorg',
        'financiele-sturing-sociaal-domein',
      ],
      wordings: [
        {
          titles: ['Jeugdhulp opnieuw inkopen met minder aanbieders'],
          description:
            'De huidige contracten voor jeugdhulp lopen af en we moeten de zorg opnieuw aanbesteden. We willen minder aanbieders, betere afspraken over resultaten en grip op de kosten.',
        },
        {
          titles: ['Grip op een groeiend aantal jeugdhulpaanbieders met raamcontracten'],
          description:
            'Het aantal jeugdhulpaanbieders is gegroeid tot ruim honderd en de uitgaven stijgen elk jaar. We zoeken een inkoopmodel met raamcontracten en een eerlijk gesprek met aanbieders over de transformatie.',
        },
        {
          titles: ['Van open house naar selectieve inkoop van jeugdhulp'],
          description:
            'Onze regio stapt over van een open-house-constructie naar een procedure met selectie op kwaliteit. Hoe doe je dat juridisch zorgvuldig zonder de continuïteit van zorg voor kinderen in gevaar te brengen?',
        },
        {
          titles: ['Regionale contracten specialistische jeugdhulp vernieuwen'],
          description:
            'Samen met de regiogemeenten bereiden we een Europese procedure voor specialistische jeugdhulp voor. Lastig zijn vooral de productstructuur, de tarieven en het betrekken van ouders en jongeren.',
        },
      ],
    },
    {
      id: 'wachtlijsten-jeugd',
      name: 'Wachttijden jeugdhulp terugdringen',
      skills: [
        'jeugdwet',
        'sociaal-wijkteam',
        'contractmanagement-zorg',
        'monitoring-sociaal-domein',
      ],
      wordings: [
        {
          titles: [
            'Wachtlijsten jeugd-ggz terugdringen',
            'Overbruggingszorg voor gezinnen op de wachtlijst',
          ],
          description:
            'Gezinnen in {gemeente} wachten soms maanden op behandeling in de jeugd-ggz. We willen samen met aanbieders de wachtlijst transparant maken en overbruggingshulp organiseren.',
        },
        {
          titles: ['Kinderen wachten te lang op passende jeugdhulp'],
          description:
            'Na de verwijzing door het wijkteam of de huisarts duurt het vaak te lang voordat hulp start. Wie heeft een werkende aanpak met een regionaal wachtlijstoverzicht of een capaciteitstafel?',
        },
        {
          titles: ['Wachttijden specialistische jeugdhulp verkorten'],
          description:
            'Kinderen met complexe problemen vallen tussen wal en schip omdat geen aanbieder plek heeft. We zoeken afspraken over doorstroom, afschaling naar lichtere hulp en het bewaken van maximale wachttijden.',
        },
      ],
    },
    {
      id: 'schuldhulp-vroegsignalering',
      name: 'Schuldhulpverlening vroegsignalering',
      skills: ['vroegsignalering-schulden', 'schuldhulpverlening', 'privacy-avg', 'armoedebeleid'],
      wordings: [
        {
          titles: [
            'Betalingsachterstanden eerder in beeld krijgen',
            'Afspraken met woningcorporaties en energieleveranciers over signalen van achterstand',
          ],
          description:
            'Sinds de wijziging van de Wet gemeentelijke schuldhulpverlening krijgen we signalen over huur-, energie- en zorgverzekeringsachterstanden. We willen deze signalen snel opvolgen met een huisbezoek, maar de capaciteit is beperkt.',
        },
        {
          titles: ['Inwoners met geldzorgen bereiken voordat schulden ontsporen'],
          description:
            'Veel inwoners melden zich pas bij de schuldhulp als de schulden al hoog zijn opgelopen. We zoeken een aanpak om mensen met betalingsproblemen vroeg te benaderen, met aandacht voor privacy en het delen van gegevens.',
        },
        {
          titles: ['Meer inwoners bereiken na een signaal van betalingsachterstand'],
          description:
            'De meldingen van vaste lastenpartners komen binnen, maar het bereik van onze outreachende aanpak is laag. Hoe verhogen andere gemeenten de respons op brieven, telefoontjes en bezoeken aan de deur?',
        },
      ],
    },
    {
      id: 'invoering-wet-inburgering',
      name: 'Invoering Wet inburgering 2021',
      skills: [
        'inburgering',
        'participatiewet',
        'inkoop-sociaal-domein',
        'huisvesting-statushouders',
      ],
      wordings: [
        {
          titles: ['Regie op inburgering en de brede intake'],
          description:
            'Met de nieuwe inburgeringswet heeft de gemeente weer de regie op inburgering. We moeten de brede intake, het persoonlijk plan en de leerroutes inrichten en passende taalaanbieders contracteren.',
        },
        {
          titles: [
            'Taalroutes voor nieuwkomers inkopen en begeleiden',
            'Statushouders sneller aan het werk via de onderwijsroute en de Z-route',
          ],
          description:
            'Nieuwkomers in {gemeente} moeten sneller meedoen, leren en werken. We zoeken ervaring met het combineren van taalles en werk in de B1-route en met de ontzorging in het eerste halfjaar.',
        },
        {
          titles: ['Begeleiding van statushouders van intake tot examen'],
          description:
            'Het aantal statushouders dat we moeten huisvesten en begeleiden stijgt. Hoe organiseer je de begeleiding van intake tot examen zonder dat inwoners tussen loketten heen en weer worden gestuurd?',
        },
      ],
    },
    {
      id: 'doordecentralisatie-beschermd-wonen',
      name: 'Doordecentralisatie beschermd wonen',
      skills: [
        'beschermd-wonen',
        'wmo-2015',
        'volkshuisvesting',
        'regionale-samenwerking',
        'inkoop-sociaal-domein',
      ],
      wordings: [
        {
          titles: ['Van centrumgemeente naar regionale samenwerking bij beschermd wonen'],
          description:
            'De taken en middelen voor beschermd wonen gaan van de centrumgemeente naar alle gemeenten. We moeten regionaal afspreken wat we samen doen en wat lokaal, en hoe we het geld verdelen.',
        },
        {
          titles: ['Wonen met begeleiding in de wijk in plaats van in een instelling'],
          description:
            'Inwoners met psychische problemen wonen steeds vaker zelfstandig met ambulante begeleiding. Daarvoor zijn woningen, afspraken met corporaties en goede begeleiding in de wijk nodig.',
        },
        {
          titles: ['Uitstroom uit de maatschappelijke opvang naar een eigen woning'],
          description:
            'De doorstroom uit de opvang stokt omdat er geen betaalbare woningen zijn. We zoeken ervaring met housing first, voorrangsregels en afspraken met woningcorporaties over uitstroomwoningen.',
        },
      ],
    },
    {
      id: 'bijstand-naar-werk',
      name: 'Bijstandsgerechtigden naar werk',
      skills: ['participatiewet', 're-integratie', 'beschut-werk', 'social-return'],
      wordings: [
        {
          titles: [
            'Meer mensen uit de bijstand aan het werk',
            'Krappe arbeidsmarkt benutten voor mensen met afstand tot werk',
          ],
          description:
            'Ondanks de krappe arbeidsmarkt blijft het aantal mensen in de bijstand in {gemeente} hoog. We willen met werkgevers en het werkbedrijf een aanpak die mensen met een grote afstand tot werk duurzaam plaatst.',
        },
        {
          titles: ['Werkgeversdienstverlening in de arbeidsmarktregio versterken'],
          description:
            'Werkgevers worden door verschillende gemeenten en instanties benaderd en haken af. We zoeken een regionaal werkgeversservicepunt met één aanspreekpunt en goede afspraken over jobcoaching.',
        },
        {
          titles: ['Nieuwe rol voor het sociaal ontwikkelbedrijf'],
          description:
            'Ons sociaal werkbedrijf moet zich omvormen tot een breed ontwikkelbedrijf voor beschut werk, detachering en leer-werktrajecten. Hoe hebben andere gemeenten die omvorming aangepakt en gefinancierd?',
        },
      ],
    },
    {
      id: 'bereik-minimaregelingen',
      name: 'Bereik armoederegelingen vergroten',
      skills: ['armoedebeleid', 'participatiewet', 'begrijpelijke-taal', 'data-analyse'],
      wordings: [
        {
          titles: [
            'Bereik minimaregelingen vergroten',
            'Niet-gebruik van inkomensondersteuning terugdringen',
          ],
          description:
            'Veel huishoudens met een laag inkomen maken geen gebruik van de regelingen waar ze recht op hebben. We willen het niet-gebruik verminderen met eenvoudige aanvragen en proactief benaderen.',
        },
        {
          titles: ['Kinderen in armoede laten meedoen'],
          description:
            'Kinderen uit gezinnen met weinig geld doen minder mee aan sport, cultuur en schoolactiviteiten. Ervaring met een kindpakket of een samenwerking met scholen en fondsen is welkom.',
        },
        {
          titles: ['Eén aanvraag voor alle armoederegelingen'],
          description:
            'Inwoners moeten nu voor elke regeling apart een formulier invullen en bewijsstukken aanleveren. We zoeken een manier om met gegevens die we al hebben regelingen automatisch toe te kennen.',
        },
      ],
    },
    {
      id: 'inkoop-huishoudelijke-hulp',
      name: 'Wmo huishoudelijke ondersteuning betaalbaar houden',
      skills: [
        'huishoudelijke-ondersteuning',
        'wmo-2015',
        'inkoop-sociaal-domein',
        'financiele-sturing-sociaal-domein',
      ],
      wordings: [
        {
          titles: [
            'Stijgende vraag naar huishoudelijke hulp sinds het abonnementstarief',
            'Wmo huishoudelijke ondersteuning betaalbaar houden',
          ],
          description:
            'Sinds het abonnementstarief is de vraag naar huishoudelijke hulp sterk gestegen. We zoeken manieren om de ondersteuning betaalbaar te houden zonder dat kwetsbare inwoners tussen wal en schip vallen.',
        },
        {
          titles: ['Algemene voorziening voor schoonmaakondersteuning'],
          description:
            'We overwegen hulp bij het huishouden deels als algemene voorziening aan te bieden. Wie heeft ervaring met de juridische houdbaarheid daarvan en met de gesprekken met aanbieders?',
        },
        {
          titles: ['Nieuwe inkoop van hulp bij het huishouden'],
          description:
            'De contracten met thuiszorgorganisaties lopen af en er is een groot tekort aan huishoudelijk medewerkers. Hoe koop je in met reële tarieven en houd je voldoende aanbieders in de regio?',
        },
      ],
    },
    {
      id: 'ouderen-langer-thuis',
      name: 'Ouderen langer zelfstandig thuis',
      skills: [
        'ouderenbeleid',
        'wmo-2015',
        'mantelzorg',
        'volkshuisvesting',
        'preventie-gezondheid',
      ],
      wordings: [
        {
          titles: ['Ouderen langer zelfstandig thuis laten wonen'],
          description:
            'Het aantal 75-plussers in {gemeente} verdubbelt de komende twintig jaar. We moeten wonen, zorg en welzijn beter op elkaar afstemmen zodat ouderen langer thuis kunnen blijven.',
        },
        {
          titles: [
            'Woonzorgvisie voor een vergrijzende gemeente',
            'Tekort aan geschikte woningen voor ouderen',
          ],
          description:
            'Er zijn te weinig levensloopbestendige woningen en geclusterde woonvormen voor ouderen. We zoeken ervaring met een woonzorgvisie en afspraken met corporaties en zorgaanbieders.',
        },
        {
          titles: ['Mantelzorgers van ouderen beter ondersteunen'],
          description:
            'Mantelzorgers die voor een ouder zorgen raken overbelast. Hoe organiseren andere gemeenten respijtzorg, dagbesteding en een vast aanspreekpunt voor mantelzorgers?',
        },
      ],
    },
    {
      id: 'opvang-ontheemden-oekraine',
      name: 'Opvang ontheemden uit Oekraïne',
      skills: [
        'opvang-ontheemden',
        'crisisbeheersing',
        'participatiewet',
        'huisvesting-statushouders',
      ],
      wordings: [
        {
          titles: [
            'Opvang ontheemden uit Oekraïne',
            'Gemeentelijke opvanglocatie voor ontheemden inrichten',
          ],
          description:
            'De gemeente vangt ontheemden uit Oekraïne op in een tijdelijke locatie. We moeten leefgeld, zorg, onderwijs voor kinderen en begeleiding naar werk regelen met een klein team.',
        },
        {
          titles: ['Van noodopvang naar duurzame huisvesting voor Oekraïners'],
          description:
            'De noodopvang die we in korte tijd hebben opgezet moet plaatsmaken voor duurzame huisvesting. Hoe hebben andere gemeenten geschikte panden gevonden en draagvlak in de buurt georganiseerd?',
        },
        {
          titles: ['Leefgeld, werk en onderwijs voor ontheemden regelen'],
          description:
            'Veel ontheemden willen werken maar lopen aan tegen taal en diploma-erkenning. We zoeken ervaring met matching op werk en met het verrekenen van leefgeld bij inkomen uit arbeid.',
        },
      ],
    },
  ],
};
