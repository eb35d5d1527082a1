import type { ThemeTexts } from './text-types';

export const VEILIGHEID: ThemeTexts = {
  theme: 'veiligheid',
  profiles: [
    {
      title: 'Adviseur openbare orde en veiligheid',
      department: 'Openbare Orde en Veiligheid',
      skills: [
        'openbare-orde',
        'integraal-veiligheidsbeleid',
        'evenementenveiligheid',
        'cameratoezicht',
      ],
      focus: 'de bevoegdheden van de burgemeester en een veilige openbare ruimte',
    },
    {
      title: 'Projectleider ondermijning',
      department: 'Openbare Orde en Veiligheid',
      skills: ['ondermijning', 'bibob', 'drugsbeleid', 'mensenhandel'],
      focus: 'het zichtbaar maken en aanpakken van ondermijnende criminaliteit',
    },
    {
      title: 'Bibob-coördinator',
      department: 'Openbare Orde en Veiligheid',
      skills: ['bibob', 'ondermijning', 'vergunningverlening', 'bestuursrecht'],
      focus: 'integriteitsbeoordelingen bij vergunningen en vastgoed',
    },
    {
      title: 'Adviseur crisisbeheersing',
      department: 'Openbare Orde en Veiligheid',
      skills: [
        'crisisbeheersing',
        'evenementenveiligheid',
        'communicatieadvies',
        'brandveiligheid',
      ],
      focus: 'bevolkingszorg en de voorbereiding op crises',
    },
    {
      title: 'Adviseur zorg en veiligheid',
      department: 'Openbare Orde en Veiligheid',
      skills: ['zorg-en-veiligheid', 'huiselijk-geweld', 'woonoverlast', 'multiprobleem'],
      focus: 'de verbinding tussen zorg, straf en veiligheid',
    },
    {
      title: 'Coördinator handhaving openbare ruimte',
      department: 'Toezicht en Handhaving',
      skills: ['handhaving-openbare-ruimte', 'openbare-orde', 'jeugdcriminaliteit', 'leidinggeven'],
      focus: 'de inzet en de veiligheid van boa’s in de wijk',
    },
    {
      title: 'Beleidsmedewerker jeugd en veiligheid',
      department: 'Openbare Orde en Veiligheid',
      skills: ['jeugdcriminaliteit', 'radicalisering', 'jeugdwet', 'leerplicht'],
      focus: 'preventie van jeugdcriminaliteit en polarisatie',
    },
  ],
  families: [
    {
      id: 'aanpak-ondermijning',
      name: 'Aanpak ondermijning',
      skills: ['ondermijning', 'bibob', 'openbare-orde', 'veilig-ondernemen', 'mensenhandel'],
      wordings: [
        {
          titles: ['Ondermijnende criminaliteit op bedrijventerreinen aanpakken'],
          description:
            'Op een aantal bedrijventerreinen zien we signalen van drugsopslag, witwassen en illegale bewoning. We willen met politie, RIEC en ondernemers een integrale aanpak met gezamenlijke controles.',
        },
        {
          titles: ['Integrale controles bij verdachte panden in het buitengebied'],
          description:
            'Lege stallen in het buitengebied worden verhuurd voor criminele activiteiten. We zoeken ervaring met voorlichting aan boeren, meldpunten en bestuurlijke maatregelen zoals sluiting.',
        },
        {
          titles: [
            'Weerbare overheid tegen georganiseerde misdaad',
            'Signalen van ondermijning herkennen en melden',
          ],
          description:
            'Medewerkers van vergunningen, burgerzaken en handhaving zien signalen maar weten niet wat ze ermee moeten. Hoe hebben andere gemeenten de weerbaarheid van hun organisatie vergroot?',
        },
      ],
    },
    {
      id: 'bibob-toetsing',
      name: 'Bibob-toetsing inrichten',
      skills: ['bibob', 'vergunningverlening', 'bestuursrecht', 'ondermijning'],
      wordings: [
        {
          titles: ['Bibob-beleid verbreden naar vastgoed en subsidies'],
          description:
            'We passen de Wet Bibob nu alleen toe bij horeca. We willen het beleid uitbreiden naar vastgoedtransacties, omgevingsvergunningen en subsidies en zoeken een goed afwegingskader.',
        },
        {
          titles: [
            'Integriteitsbeoordelingen bij horeca- en exploitatievergunningen',
            'Eigen Bibob-onderzoeken zonder lange doorlooptijd',
          ],
          description:
            'Een eigen Bibob-onderzoek kost veel tijd en kennis die we niet in huis hebben. Hoe hebben andere gemeenten de toetsing regionaal georganiseerd met een gezamenlijk Bibob-team?',
        },
        {
          titles: ['Advies van het Landelijk Bureau Bibob opvolgen in een besluit'],
          description:
            'Na een negatief advies moeten we een vergunning weigeren die juridisch stand houdt. Wie heeft ervaring met de belangenafweging, het horen van de aanvrager en beroepsprocedures?',
        },
      ],
    },
    {
      id: 'personen-verward-gedrag',
      name: 'Personen met verward gedrag',
      skills: ['zorg-en-veiligheid', 'preventie-gezondheid', 'sociaal-wijkteam', 'openbare-orde'],
      wordings: [
        {
          titles: [
            'Sluitende aanpak voor personen met verward gedrag',
            'Meldingen over onbegrepen gedrag sneller opvolgen',
          ],
          description:
            'Het aantal meldingen bij de politie over personen met verward gedrag blijft stijgen. We willen met de ggz, de politie en het wijkteam snel en passend kunnen optreden, ook buiten kantoortijd.',
        },
        {
          titles: ['Uitvoering van de Wet verplichte ggz'],
          description:
            'Sinds de Wet verplichte ggz moet de gemeente verkennend onderzoek doen na een melding. We zoeken ervaring met het organiseren daarvan en met de inzet van een meldpunt.',
        },
        {
          titles: ['Zorg en veiligheid verbinden in de wijk'],
          description:
            'Inwoners met onbegrepen gedrag veroorzaken overlast in de buurt, maar zorg komt moeizaam op gang. Hoe hebben andere gemeenten casusoverleg en een persoonsgerichte aanpak ingericht?',
        },
      ],
    },
    {
      id: 'crisisorganisatie-bevolkingszorg',
      name: 'Gemeentelijke crisisorganisatie',
      skills: [
        'crisisbeheersing',
        'communicatieadvies',
        'opvang-ontheemden',
        'regionale-samenwerking',
      ],
      wordings: [
        {
          titles: [
            'Gemeentelijke crisisorganisatie versterken',
            'Bevolkingszorg oefenen met een klein team',
          ],
          description:
            'Onze crisisorganisatie bestaat uit medewerkers die dit naast hun gewone werk doen. We willen de piketfuncties, opleidingen en oefeningen samen met de veiligheidsregio beter organiseren.',
        },
        {
          titles: ['Voorbereiden op langdurige stroomuitval'],
          description:
            'Langdurige uitval van stroom of internet zou grote gevolgen hebben voor kwetsbare inwoners. We zoeken ervaring met noodsteunpunten en plannen voor continuïteit van gemeentelijke taken.',
        },
        {
          titles: ['Noodopvang bij een evacuatie organiseren'],
          description:
            'Bij een evacuatie moet de gemeente snel opvang, registratie en verzorging regelen. Hoe hebben andere gemeenten dit voorbereid en wat leerden ze van echte incidenten?',
        },
      ],
    },
    {
      id: 'huiselijk-geweld-aanpak',
      name: 'Aanpak huiselijk geweld',
      skills: ['huiselijk-geweld', 'jeugdbescherming', 'sociaal-wijkteam', 'zorg-en-veiligheid'],
      wordings: [
        {
          titles: [
            'Aanpak huiselijk geweld en kindermishandeling',
            'Samenwerking met Veilig Thuis en het wijkteam verbeteren',
          ],
          description:
            'Na een melding bij Veilig Thuis volgt niet altijd tijdig hulp in het gezin. We willen heldere afspraken over de overdracht naar het wijkteam en over de regie op veiligheid.',
        },
        {
          titles: ['Tijdelijk huisverbod vaker en beter inzetten'],
          description:
            'Het tijdelijk huisverbod wordt in onze gemeente weinig opgelegd. We zoeken ervaring met het vergroten van kennis bij politie, hulpverleners en de burgemeester over deze bevoegdheid.',
        },
        {
          titles: ['Langdurige hulp na onveiligheid in gezinnen'],
          description:
            'Gezinnen waar geweld is voorgekomen vallen vaak terug in oude patronen. Hoe organiseren andere gemeenten langdurige begeleiding en monitoring van veiligheid?',
        },
      ],
    },
    {
      id: 'jeugdoverlast-preventie',
      name: 'Jeugdoverlast en jeugdcriminaliteit voorkomen',
      skills: ['jeugdcriminaliteit', 'handhaving-openbare-ruimte', 'jeugdwet', 'leerplicht'],
      wordings: [
        {
          titles: ['Overlast van jeugdgroepen in het centrum'],
          description:
            'Groepen jongeren veroorzaken overlast rond het station en het winkelcentrum. We zoeken een combinatie van handhaving, jongerenwerk en afspraken met ouders en scholen.',
        },
        {
          titles: [
            'Jongeren weghouden uit de criminaliteit',
            'Preventieve aanpak voor jongeren die drugs dealen',
          ],
          description:
            'We zien steeds jongere kinderen die betrokken raken bij drugshandel en wapenbezit. Wie heeft een werkende preventieve aanpak met scholen, sportclubs en het wijkteam?',
        },
        {
          titles: ['Straatcoaches en jongerenwerk inzetten bij overlast'],
          description:
            'Het jongerenwerk en de boa’s werken langs elkaar heen in de wijk. Hoe hebben andere gemeenten zorg en handhaving rond jongeren op elkaar afgestemd?',
        },
      ],
    },
    {
      id: 'boa-handhaving',
      name: 'Inzet van boa’s in de openbare ruimte',
      skills: [
        'handhaving-openbare-ruimte',
        'openbare-orde',
        'leidinggeven',
        'integraal-veiligheidsbeleid',
      ],
      wordings: [
        {
          titles: [
            'Inzet van boa’s in de openbare ruimte herijken',
            'Veiligheid en uitrusting van handhavers',
          ],
          description:
            'Onze boa’s krijgen steeds vaker te maken met agressie en taken die eigenlijk bij de politie horen. We willen de rol van handhaving opnieuw vastleggen en de veiligheid van medewerkers verbeteren.',
        },
        {
          titles: ['Handhavingsprioriteiten samen met de politie bepalen'],
          description:
            'De vraag naar handhaving is groter dan de capaciteit. We zoeken een manier om met de politie en de raad prioriteiten te stellen op basis van meldingen en analyses.',
        },
        {
          titles: ['Wijkgerichte handhaving met vaste gezichten'],
          description:
            'Inwoners willen handhavers zien die de wijk kennen. Hoe hebben andere gemeenten wijkgerichte handhaving georganiseerd en wat doet dat met het veiligheidsgevoel?',
        },
      ],
    },
    {
      id: 'evenementenbeleid',
      name: 'Veilige evenementen',
      skills: ['evenementenveiligheid', 'vergunningverlening', 'crisisbeheersing', 'openbare-orde'],
      wordings: [
        {
          titles: [
            'Evenementenbeleid en vergunningverlening vernieuwen',
            'Risicoscan voor evenementen samen met de veiligheidsregio',
          ],
          description:
            'Het aantal evenementen in {gemeente} groeit en de vergunningverlening loopt vast. We willen een nieuw evenementenbeleid met een risicoscan en eenvoudige regels voor kleine evenementen.',
        },
        {
          titles: ['Veilige grootschalige evenementen in de binnenstad'],
          description:
            'Bij een groot festival ontstonden gevaarlijke situaties bij de uitgangen. We zoeken ervaring met crowd management, veiligheidsplannen en de samenwerking met politie, brandweer en GHOR.',
        },
        {
          titles: ['Evenementen in de openbare ruimte met minder regeldruk'],
          description:
            'Organisatoren van buurtfeesten en markten klagen over ingewikkelde aanvragen. Hoe hebben andere gemeenten de regels vereenvoudigd zonder concessies te doen aan de veiligheid?',
        },
      ],
    },
  ],
};
