import type { ThemeTexts } from './text-types';

export const OMGEVING: ThemeTexts = {
  theme: 'omgeving',
  profiles: [
    {
      title: 'Projectleider Omgevingswet',
      department: 'Ruimte',
      skills: ['omgevingswet', 'omgevingsplan', 'dso', 'projectmanagement'],
      focus: 'de invoering van de Omgevingswet en het omgevingsplan',
    },
    {
      title: 'Vergunningverlener omgevingsrecht',
      department: 'Vergunningen, Toezicht en Handhaving',
      skills: ['vergunningverlening', 'omgevingswet', 'milieu', 'bestuursrecht'],
      focus: 'zorgvuldige en snelle besluiten over omgevingsvergunningen',
    },
    {
      title: 'Toezichthouder bouw- en woningtoezicht',
      department: 'Vergunningen, Toezicht en Handhaving',
      skills: ['bouwtoezicht', 'toezicht-handhaving', 'wkb', 'brandveiligheid'],
      focus: 'toezicht op bouwen en gebruik van gebouwen',
    },
    {
      title: 'Beleidsadviseur ruimtelijke ordening',
      department: 'Ruimte',
      skills: ['ruimtelijke-ordening', 'omgevingsvisie', 'omgevingsplan', 'gebiedsontwikkeling'],
      focus: 'de omgevingsvisie en ruimtelijke afwegingen',
    },
    {
      title: 'Adviseur energietransitie',
      department: 'Duurzaamheid',
      skills: ['energietransitie', 'warmtetransitie', 'zon-en-wind', 'participatie-omgeving'],
      focus: 'de regionale energiestrategie en een aardgasvrije gebouwde omgeving',
    },
    {
      title: 'Projectleider warmtetransitie',
      department: 'Duurzaamheid',
      skills: ['warmtetransitie', 'participatie-omgeving', 'projectmanagement', 'energietransitie'],
      focus: 'wijkgerichte aanpakken om van het aardgas af te gaan',
    },
    {
      title: 'Beleidsadviseur wonen',
      department: 'Wonen',
      skills: ['volkshuisvesting', 'woningbouw', 'flexwonen', 'grondexploitatie'],
      focus: 'betaalbare woningbouw en afspraken met woningcorporaties',
    },
    {
      title: 'Adviseur klimaatadaptatie',
      department: 'Openbare Ruimte',
      skills: [
        'klimaatadaptatie',
        'beheer-openbare-ruimte',
        'geo-informatie',
        'participatie-omgeving',
      ],
      focus: 'een klimaatbestendige inrichting van de openbare ruimte',
    },
    {
      title: 'Verkeerskundige',
      department: 'Openbare Ruimte',
      skills: ['mobiliteit', 'laadinfrastructuur', 'beheer-openbare-ruimte'],
      focus: 'verkeersveiligheid en duurzame mobiliteit',
    },
  ],
  families: [
    {
      id: 'vergunningcheck-dso',
      name: 'Invoering Omgevingswet: vergunningcheck in het DSO',
      skills: ['dso', 'omgevingswet', 'omgevingsplan', 'vergunningverlening'],
      wordings: [
        {
          titles: [
            'Toepasbare regels opstellen voor het Omgevingsloket',
            'Inwoners laten zien of ze een vergunning nodig hebben',
          ],
          description:
            'Onder de Omgevingswet moeten inwoners in het Omgevingsloket kunnen nagaan of zij een vergunning nodig hebben. Wij moeten daarvoor toepasbare regels maken bij onze eigen regels in het omgevingsplan.',
        },
        {
          titles: ['Vragenbomen voor veelvoorkomende bouwactiviteiten'],
          description:
            'Een dakkapel, een erfafscheiding of een boom kappen: voor deze activiteiten willen we vragenbomen publiceren. Het opstellen en testen van die regels in de software van het stelsel kost meer tijd dan verwacht.',
        },
        {
          titles: ['Koppeling tussen zaaksysteem en Omgevingsloket werkend krijgen'],
          description:
            'De koppeling tussen ons zaaksysteem, de regelbeheersoftware en het landelijke stelsel werkt nog niet goed. Welke gemeente heeft de vergunningcheck werkend en kan vertellen hoe ze het beheer hebben ingericht?',
        },
      ],
    },
    {
      id: 'omgevingsplan-opstellen',
      name: 'Van tijdelijk omgevingsplan naar definitief omgevingsplan',
      skills: [
        'omgevingsplan',
        'omgevingswet',
        'ruimtelijke-ordening',
        'dso',
        'participatie-omgeving',
      ],
      wordings: [
        {
          titles: [
            'Van tijdelijk omgevingsplan naar een nieuw omgevingsplan',
            'Tientallen bestemmingsplannen omzetten in één omgevingsplan',
          ],
          description:
            'Het tijdelijke omgevingsplan bestaat uit tientallen oude bestemmingsplannen en de bruidsschat. Voor 2032 moeten we één samenhangend omgevingsplan hebben en we zoeken een werkbare aanpak.',
        },
        {
          titles: ['Omgevingsplan gefaseerd opbouwen per thema'],
          description:
            'We twijfelen tussen een gebiedsgerichte en een thematische opbouw van het omgevingsplan. Wie heeft al een eerste wijziging vastgesteld en wil laten zien hoe de regels in het DSO terechtkwamen?',
        },
        {
          titles: ['De bruidsschat verwerken in eigen regels'],
          description:
            'De regels uit de bruidsschat over bijvoorbeeld geur en bodem passen niet bij onze lokale situatie. We willen weten hoe andere gemeenten hebben gekozen welke regels blijven, vervallen of worden aangepast.',
        },
      ],
    },
    {
      id: 'toetreden-omgevingsdienst',
      name: 'Toetreden tot een omgevingsdienst',
      skills: [
        'gemeenschappelijke-regelingen',
        'toezicht-handhaving',
        'milieu',
        'vergunningverlening',
        'regionale-samenwerking',
      ],
      wordings: [
        {
          titles: ['Milieutaken overdragen aan de regionale uitvoeringsdienst'],
          description:
            'De gemeente brengt haar vergunning- en handhavingstaken voor milieu onder bij de omgevingsdienst. We moeten afspreken welke taken we overdragen, wat het kost en hoe we de medewerkers meenemen.',
        },
        {
          titles: [
            'Basistakenpakket en plustaken afspreken met de RUD',
            'Opdrachtgeverschap richting de omgevingsdienst versterken',
          ],
          description:
            'Sinds de overdracht van het basistakenpakket aan de RUD weten we te weinig van wat er gebeurt. We zoeken een goede inrichting van opdrachtgeverschap, met een jaarlijks uitvoeringsprogramma en sturingsinformatie.',
        },
        {
          titles: ['Kostenverdeling binnen de omgevingsdienst herzien'],
          description:
            'De kosten van de omgevingsdienst stijgen terwijl de verdeelsleutel tussen de deelnemers ter discussie staat. Hoe hebben andere gemeenten de financiering per product of per inwoner geregeld?',
        },
      ],
    },
    {
      id: 'wijkaanpak-warmtetransitie',
      name: 'Wijkaanpak warmtetransitie',
      skills: [
        'warmtetransitie',
        'participatie-omgeving',
        'energietransitie',
        'projectmanagement',
        'externe-financiering',
      ],
      wordings: [
        {
          titles: ['Eerste wijk van het aardgas af'],
          description:
            'Na de transitievisie warmte moeten we in een eerste wijk aan de slag met het aardgasvrij maken van woningen. Bewoners hebben veel vragen over kosten, overlast en de keuze voor een warmtenet of een all-electric oplossing.',
        },
        {
          titles: ['Bewoners meekrijgen in een warmtenet voor hun buurt'],
          description:
            'In {gemeente} willen we samen met de woningcorporatie een buurt aansluiten op een collectief warmtenet. De businesscase sluit alleen met subsidie en voldoende aansluitingen van particuliere eigenaren.',
        },
        {
          titles: ['Van transitievisie warmte naar uitvoeringsplan per wijk'],
          description:
            'Het warmteprogramma vraagt per wijk een uitvoeringsplan met een tijdpad en een betaalbaar alternatief. We zoeken ervaring met een wijkaanpak waarin isoleren, participatie en ontzorging samenkomen.',
        },
      ],
    },
    {
      id: 'zon-en-wind-lokaal-eigendom',
      name: 'Zonne- en windparken met lokaal eigendom',
      skills: [
        'zon-en-wind',
        'energietransitie',
        'participatie-omgeving',
        'ruimtelijke-ordening',
        'vergunningverlening',
      ],
      wordings: [
        {
          titles: [
            'Windpark met vijftig procent lokaal eigendom',
            'Draagvlak voor grootschalige opwek van duurzame energie',
          ],
          description:
            'De regionale energiestrategie wijst zoekgebieden aan voor wind en zon. We willen projecten mogelijk maken met vijftig procent lokaal eigendom en een omgevingsfonds, maar omwonenden zijn kritisch.',
        },
        {
          titles: ['Netcongestie remt zonneprojecten af'],
          description:
            'Initiatiefnemers van zonneparken melden zich, maar het stroomnet zit vol. We zoeken ervaring met afspraken met de netbeheerder, opslag en het combineren van zon en wind op één aansluiting.',
        },
        {
          titles: ['Zoekgebieden voor zonnevelden uit de RES vertalen naar projecten'],
          description:
            'We moeten een afwegingskader maken voor zonnevelden op landbouwgrond. Hoe hebben andere gemeenten de zonneladder, landschappelijke inpassing en participatie van omwonenden vastgelegd?',
        },
      ],
    },
    {
      id: 'versnelling-woningbouw',
      name: 'Woningbouw versnellen',
      skills: [
        'woningbouw',
        'volkshuisvesting',
        'grondexploitatie',
        'gebiedsontwikkeling',
        'flexwonen',
      ],
      wordings: [
        {
          titles: ['Van plancapaciteit naar daadwerkelijke bouwstart'],
          description:
            'Er staan genoeg woningen in de plannen, maar de bouw komt niet op gang door hoge kosten en lange procedures. We willen met een versnellingsteam knelpunten per project oplossen.',
        },
        {
          titles: ['Tijdelijke flexwoningen voor woningzoekenden'],
          description:
            'Spoedzoekers, starters en statushouders vinden geen woning in {gemeente}. We zoeken ervaring met flexwoningen op tijdelijke locaties, van de vergunning tot het beheer samen met een corporatie.',
        },
        {
          titles: ['Betaalbare woningen bouwen ondanks hoge bouwkosten'],
          description:
            'De woondeal vraagt twee derde betaalbare woningen, maar de grondexploitaties staan onder druk. Hoe sturen andere gemeenten op betaalbaarheid met doelgroepenverordening en grondprijsbeleid?',
        },
      ],
    },
    {
      id: 'klimaatadaptatie-wateroverlast',
      name: 'Klimaatadaptatie: hitte en wateroverlast',
      skills: [
        'klimaatadaptatie',
        'beheer-openbare-ruimte',
        'participatie-omgeving',
        'geo-informatie',
      ],
      wordings: [
        {
          titles: [
            'Wateroverlast bij hoosbuien aanpakken',
            'Klimaatbestendig inrichten van de openbare ruimte',
          ],
          description:
            'Bij zware buien lopen straten en kelders in {gemeente} onder water. Uit de stresstest blijkt waar het misgaat, nu willen we het rioleringsplan en de herinrichting van straten daarop aanpassen.',
        },
        {
          titles: ['Stenige wijken vergroenen tegen hittestress'],
          description:
            'In oude wijken met veel verharding wordt het in de zomer erg heet. We zoeken voorbeelden van vergroening, schaduw en waterberging die we in het gewone onderhoud kunnen meenemen.',
        },
        {
          titles: ['Inwoners verleiden hun tuin te ontstenen'],
          description:
            'Een groot deel van de verharding ligt in particuliere tuinen. Welke campagnes, subsidies of buurtacties hebben elders echt geleid tot meer groen en minder tegels?',
        },
      ],
    },
    {
      id: 'invoering-wkb',
      name: 'Invoering Wet kwaliteitsborging voor het bouwen',
      skills: ['wkb', 'bouwtoezicht', 'vergunningverlening', 'toezicht-handhaving'],
      wordings: [
        {
          titles: [
            'Nieuwe rol van bouwtoezicht naast de kwaliteitsborger',
            'Wat doet de gemeente nog bij gevolgklasse 1?',
          ],
          description:
            'Met de Wkb toetst een private kwaliteitsborger bouwwerken in gevolgklasse 1 aan de bouwtechnische regels. Onze bouwtoezichthouders moeten een nieuwe rol vinden en dat vraagt andere vaardigheden.',
        },
        {
          titles: ['Gereedmelding en dossier bevoegd gezag onder de Wkb'],
          description:
            'We krijgen bouwmeldingen en gereedmeldingen, maar weten niet goed wanneer we moeten ingrijpen. Hoe hebben andere gemeenten hun werkproces en hun informatie-uitwisseling met kwaliteitsborgers ingericht?',
        },
        {
          titles: ['Gevolgen van de Wkb voor leges en formatie van bouwtoezicht'],
          description:
            'De leges dalen door de Wkb terwijl de taken voor toezicht op het gebruik blijven. Wie heeft al ervaring met de gevolgen voor de formatie en de begroting van bouw- en woningtoezicht?',
        },
      ],
    },
    {
      id: 'laadinfrastructuur-uitrol',
      name: 'Uitrol laadinfrastructuur',
      skills: ['laadinfrastructuur', 'mobiliteit', 'aanbesteden', 'beheer-openbare-ruimte'],
      wordings: [
        {
          titles: [
            'Uitrol van openbare laadpalen',
            'Plaatsingsbeleid voor laadpalen in drukke wijken',
          ],
          description:
            'Het aantal elektrische auto’s groeit sneller dan het aantal openbare laadpalen. We willen een plaatsingsbeleid en een netwerkaanpak die voorkomt dat elke aanvraag apart moet worden beoordeeld.',
        },
        {
          titles: ['Concessie voor laadinfrastructuur in de regio'],
          description:
            'Samen met de provincie en buurgemeenten bereiden we een concessie voor laadinfrastructuur voor. Lastig zijn de looptijd, de tarieven voor gebruikers en de afspraken over netcapaciteit.',
        },
        {
          titles: ['Laadpleinen en snelladers voor elektrische deelauto’s'],
          description:
            'In wijken met weinig parkeerruimte leidt elke nieuwe laadpaal tot discussie met bewoners. Hoe combineren andere gemeenten laadpleinen, deelauto’s en parkeerbeleid?',
        },
      ],
    },
    {
      id: 'omgevingsvisie-participatie',
      name: 'Omgevingsvisie met participatie',
      skills: [
        'omgevingsvisie',
        'participatie-omgeving',
        'ruimtelijke-ordening',
        'burgerparticipatie',
      ],
      wordings: [
        {
          titles: ['Omgevingsvisie opstellen met inwoners'],
          description:
            'We stellen een omgevingsvisie op en willen daarbij inwoners, ondernemers en jongeren echt laten meedenken. Eerdere inspraakavonden trokken vooral dezelfde mensen.',
        },
        {
          titles: ['Participatiebeleid voor initiatieven in de fysieke leefomgeving'],
          description:
            'De Omgevingswet vraagt de gemeenteraad om participatiebeleid vast te stellen. Wanneer verplichten we initiatiefnemers tot participatie en hoe beoordelen we of die goed is gedaan?',
        },
        {
          titles: [
            'Toekomstbeeld van de gemeente voor 2040',
            'Keuzes maken in een drukke ruimte: wonen, werken, energie en natuur',
          ],
          description:
            'Wonen, bedrijvigheid, energie en natuur vragen allemaal ruimte in {gemeente}. We zoeken een aanpak om met de raad en de samenleving keuzes te maken die in het omgevingsprogramma landen.',
        },
      ],
    },
  ],
};
