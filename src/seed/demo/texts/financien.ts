import type { ThemeTexts } from './text-types';

export const FINANCIEN: ThemeTexts = {
  theme: 'financien',
  profiles: [
    {
      title: 'Financieel adviseur',
      department: 'Financiën',
      skills: [
        'business-control',
        'begroting-verantwoording',
        'gemeentefinancien',
        'risicomanagement',
      ],
      focus: 'de begroting en financiële advisering aan het college',
    },
    {
      title: 'Concerncontroller',
      department: 'Concernstaf',
      skills: ['rechtmatigheid', 'business-control', 'audit', 'risicomanagement'],
      focus: 'interne beheersing en de rechtmatigheidsverantwoording',
    },
    {
      title: 'Adviseur planning en control',
      department: 'Financiën',
      skills: [
        'begroting-verantwoording',
        'gemeentefinancien',
        'heroverweging',
        'business-intelligence',
      ],
      focus: 'de planning- en controlcyclus en de informatie voor de raad',
    },
    {
      title: 'Subsidieadviseur',
      department: 'Financiën',
      skills: ['subsidies', 'externe-financiering', 'sisa', 'bestuursrecht'],
      focus: 'subsidieverlening en het binnenhalen van externe middelen',
    },
    {
      title: 'Medewerker belastingen en WOZ',
      department: 'Belastingen',
      skills: ['gemeentelijke-belastingen', 'woz', 'kostprijs-tarieven', 'basisregistraties'],
      focus: 'de WOZ-waardering en gemeentelijke heffingen',
    },
    {
      title: 'Business controller sociaal domein',
      department: 'Financiën',
      skills: [
        'financiele-sturing-sociaal-domein',
        'business-control',
        'monitoring-sociaal-domein',
        'jeugdwet',
      ],
      focus: 'grip op de uitgaven voor jeugd en Wmo',
    },
    {
      title: 'Adviseur grondzaken',
      department: 'Grondzaken en Vastgoed',
      skills: [
        'grondexploitatie',
        'maatschappelijk-vastgoed',
        'onderhandelen',
        'gebiedsontwikkeling',
      ],
      focus: 'grondexploitaties en het gemeentelijk vastgoed',
    },
  ],
  families: [
    {
      id: 'meerjarig-sluitende-begroting',
      name: 'Meerjarig sluitende begroting',
      skills: [
        'begroting-verantwoording',
        'heroverweging',
        'gemeentefinancien',
        'bestuursadvisering',
      ],
      wordings: [
        {
          titles: [
            'Meerjarig sluitende begroting ondanks het ravijnjaar',
            'Bezuinigingsopgave met de raad invullen',
            'Tekorten door dalende algemene uitkering opvangen',
          ],
          description:
            'Door de dalende algemene uitkering uit het Gemeentefonds ontstaat vanaf 2026 een fors tekort. We moeten keuzes voorleggen aan de raad en zoeken een proces dat inwoners en raadsleden meeneemt.',
        },
        {
          titles: ['Spending reviews als basis voor ombuigingen'],
          description:
            'Eerdere bezuinigingen waren vooral kaasschaafwerk. We willen met spending reviews per beleidsterrein onderzoeken wat effectief is en waar echt kan worden bespaard.',
        },
        {
          titles: ['Reëel begroten onder toezicht van de provincie'],
          description:
            'De provincie kijkt kritisch naar onze begroting omdat die alleen sluit met optimistische ramingen. Hoe hebben andere gemeenten een reëel en structureel sluitend meerjarenbeeld bereikt?',
        },
      ],
    },
    {
      id: 'rechtmatigheidsverantwoording',
      name: 'Rechtmatigheidsverantwoording door het college',
      skills: ['rechtmatigheid', 'audit', 'business-control', 'contractmanagement'],
      wordings: [
        {
          titles: [
            'Rechtmatigheidsverantwoording door het college invoeren',
            'Van accountantsverklaring naar collegeverantwoording',
          ],
          description:
            'Het college moet zelf verantwoording afleggen over de rechtmatigheid van de uitgaven. We moeten de interne controle versterken en afspraken maken met de accountant over de nieuwe rolverdeling.',
        },
        {
          titles: ['Onrechtmatige inkopen terugdringen'],
          description:
            'Bij de vorige jaarrekening bleken veel inkopen niet rechtmatig omdat ze niet waren aanbesteed. We zoeken ervaring met een contractenregister en controles vooraf.',
        },
        {
          titles: ['Interne controle op orde voor de eigen verantwoording'],
          description:
            'De verbijzonderde interne controle kost veel tijd en levert weinig op. Hoe hebben andere gemeenten de controle risicogericht en efficiënter ingericht?',
        },
      ],
    },
    {
      id: 'subsidiebeleid-herijken',
      name: 'Subsidiebeleid herijken',
      skills: ['subsidies', 'bestuursrecht', 'heroverweging', 'burgerparticipatie'],
      wordings: [
        {
          titles: ['Van budgetsubsidie naar resultaatgericht subsidiëren'],
          description:
            'We verstrekken al jaren subsidies aan dezelfde organisaties zonder goed te weten wat ze opleveren. We willen subsidies koppelen aan maatschappelijke doelen en resultaten.',
        },
        {
          titles: ['Nieuwe Algemene subsidieverordening opstellen'],
          description:
            'Onze subsidieverordening is verouderd en juridisch kwetsbaar. We zoeken een nieuwe verordening met eenvoudige regels voor kleine subsidies en heldere eisen voor grote.',
        },
        {
          titles: ['Maatschappelijke partners meenemen in minder subsidie'],
          description:
            'Door de bezuinigingen moeten we minder subsidie verstrekken. Hoe hebben andere gemeenten dat samen met verenigingen en welzijnsorganisaties gedaan zonder het vertrouwen te verliezen?',
        },
      ],
    },
    {
      id: 'externe-middelen-werven',
      name: 'Externe subsidies en rijksmiddelen benutten',
      skills: ['externe-financiering', 'sisa', 'projectmanagement', 'regionale-samenwerking'],
      wordings: [
        {
          titles: [
            'Europese en rijkssubsidies beter benutten',
            'Subsidieloket voor externe fondsen opzetten',
          ],
          description:
            'We laten kansen liggen omdat we niet weten welke Europese en rijkssubsidies er zijn. We willen een subsidieloket dat regelingen signaleert en afdelingen helpt bij aanvragen.',
        },
        {
          titles: ['Specifieke uitkeringen tijdig en foutloos verantwoorden'],
          description:
            'De verantwoording over specifieke uitkeringen levert elk jaar fouten en correcties op. We zoeken een werkwijze om SiSa-gegevens gedurende het jaar bij te houden.',
        },
        {
          titles: ['Regiodeal-middelen verantwoorden via SiSa'],
          description:
            'Samen met de regio hebben we middelen uit een regiodeal gekregen. Hoe hebben andere gemeenten de verdeling, de monitoring en de verantwoording georganiseerd?',
        },
      ],
    },
    {
      id: 'grip-op-kosten-sociaal-domein',
      name: 'Grip op de kosten in het sociaal domein',
      skills: [
        'financiele-sturing-sociaal-domein',
        'monitoring-sociaal-domein',
        'jeugdwet',
        'wmo-2015',
        'business-control',
      ],
      wordings: [
        {
          titles: [
            'Grip op de uitgaven voor jeugdhulp en Wmo',
            'Overschrijdingen in het sociaal domein voorspellen',
          ],
          description:
            'De uitgaven voor jeugdhulp en Wmo overschrijden elk jaar de begroting. We willen beter voorspellen hoe de kosten zich ontwikkelen en tijdig bijsturen.',
        },
        {
          titles: ['Sturingsinformatie over zorgkosten voor de raad'],
          description:
            'De raad krijgt pas bij de jaarrekening te horen dat het budget is overschreden. We zoeken een dashboard met actuele gegevens over instroom, doorstroom en kosten per product.',
        },
        {
          titles: ['Budgetplafonds en reële tarieven in de jeugdhulp'],
          description:
            'We overwegen budgetplafonds voor aanbieders, maar vrezen voor wachtlijsten en juridische risico’s. Hoe sturen andere gemeenten op kosten zonder de toegang tot zorg te beperken?',
        },
      ],
    },
    {
      id: 'woz-belastingen-samenwerking',
      name: 'Belastingen en WOZ in samenwerking',
      skills: [
        'gemeentelijke-belastingen',
        'woz',
        'gemeenschappelijke-regelingen',
        'kostprijs-tarieven',
      ],
      wordings: [
        {
          titles: ['Belastingtaken onderbrengen bij een regionaal samenwerkingsverband'],
          description:
            'De heffing en invordering van belastingen is voor onze gemeente kwetsbaar. We onderzoeken of we kunnen aansluiten bij een regionaal belastingsamenwerkingsverband.',
        },
        {
          titles: [
            'Kwaliteit van de WOZ-waardering verbeteren',
            'Minder bezwaren tegen de WOZ-beschikking',
          ],
          description:
            'Het aantal bezwaren tegen de WOZ-waarde stijgt, deels door no-cure-no-pay-bureaus. We zoeken ervaring met het vooraf bellen van bezwaarmakers en betere onderbouwing van waarden.',
        },
        {
          titles: ['Kostendekkende tarieven voor afval en riolering'],
          description:
            'De tarieven voor afvalstoffenheffing en rioolheffing zijn niet kostendekkend. Hoe berekenen andere gemeenten een goede kostprijs en leggen ze tariefstijgingen uit aan inwoners?',
        },
      ],
    },
    {
      id: 'grondexploitatie-risico',
      name: 'Risico’s in grondexploitaties beheersen',
      skills: ['grondexploitatie', 'risicomanagement', 'woningbouw', 'gebiedsontwikkeling'],
      wordings: [
        {
          titles: [
            'Risico’s in grondexploitaties beheersen',
            'Verliesvoorzieningen voor vastgelopen plannen',
          ],
          description:
            'Door gestegen bouwkosten en rente staan meerdere grondexploitaties onder druk. We willen risico’s beter in beeld krijgen en tijdig voorzieningen treffen.',
        },
        {
          titles: ['Actief of faciliterend grondbeleid kiezen'],
          description:
            'Het college wil weer actief grond aankopen om woningbouw te versnellen. We zoeken ervaring met de afweging tussen actief en faciliterend grondbeleid en de financiële risico’s.',
        },
        {
          titles: ['Kostenverhaal onder de Omgevingswet regelen'],
          description:
            'De Omgevingswet verandert de regels voor kostenverhaal bij particuliere ontwikkelingen. Hoe hebben andere gemeenten anterieure overeenkomsten en kostenverhaalsregels ingericht?',
        },
      ],
    },
  ],
};
