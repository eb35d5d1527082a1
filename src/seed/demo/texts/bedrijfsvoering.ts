import type { ThemeTexts } from './text-types';

export const BEDRIJFSVOERING: ThemeTexts = {
  theme: 'bedrijfsvoering',
  profiles: [
    {
      title: 'Inkoopadviseur',
      department: 'Inkoop',
      skills: ['aanbesteden', 'inkoopbeleid', 'mvi', 'social-return'],
      focus: 'rechtmatig en maatschappelijk verantwoord inkopen',
    },
    {
      title: 'Contractmanager',
      department: 'Inkoop',
      skills: ['contractmanagement', 'onderhandelen', 'aanbesteden', 'kwaliteitsmanagement'],
      focus: 'het sturen op prestaties van leveranciers',
    },
    {
      title: 'HR-adviseur',
      department: 'Personeel en Organisatie',
      skills: [
        'hr-advies',
        'strategische-personeelsplanning',
        'werving-selectie',
        'verandermanagement',
      ],
      focus: 'goed werkgeverschap en strategische personeelsplanning',
    },
    {
      title: 'Organisatieadviseur',
      department: 'Bestuur en Organisatie',
      skills: ['verandermanagement', 'procesmanagement', 'shared-services', 'leidinggeven'],
      focus: 'organisatieontwikkeling en samenwerking tussen gemeenten',
    },
    {
      title: 'Projectleider',
      department: 'Bestuur en Organisatie',
      skills: [
        'projectmanagement',
        'stakeholdermanagement',
        'programmamanagement',
        'bestuursadvisering',
      ],
      focus: 'projecten die over afdelingsgrenzen heen gaan',
    },
    {
      title: 'Juridisch adviseur',
      department: 'Juridische Zaken',
      skills: ['bestuursrecht', 'gemeenschappelijke-regelingen', 'aanbesteden', 'privacy-avg'],
      focus: 'bestuursrecht, bezwaar en beroep en juridische kwaliteitszorg',
    },
    {
      title: 'Adviseur regionale samenwerking',
      department: 'Bestuur en Organisatie',
      skills: [
        'regionale-samenwerking',
        'gemeenschappelijke-regelingen',
        'bestuursadvisering',
        'herindeling',
      ],
      focus: 'samenwerkingsverbanden en de sturing op verbonden partijen',
    },
    {
      title: 'Manager bedrijfsvoering',
      department: 'Bedrijfsvoering',
      skills: [
        'leidinggeven',
        'facilitair-huisvesting',
        'procesmanagement',
        'kwaliteitsmanagement',
      ],
      focus: 'een efficiënte en wendbare bedrijfsvoering',
    },
  ],
  families: [
    {
      id: 'europese-aanbesteding-ict',
      name: 'Europese aanbesteding van een ICT-systeem',
      skills: [
        'aanbesteden',
        'ict-leveranciersmanagement',
        'contractmanagement',
        'informatiearchitectuur',
      ],
      wordings: [
        {
          titles: [
            'Europese aanbesteding voor een nieuw belastingsysteem',
            'Vervanging van een kernapplicatie aanbesteden',
          ],
          description:
            'Het contract voor een van onze kernapplicaties loopt af en moet Europees worden aanbesteed. We willen eisen stellen aan open standaarden en exit, zonder de markt onnodig te beperken.',
        },
        {
          titles: ['Marktconsultatie en gunningscriteria voor software'],
          description:
            'Bij de vorige aanbesteding kwam maar één inschrijver. We zoeken ervaring met marktconsultaties en gunningscriteria die kwaliteit zwaarder laten wegen dan prijs.',
        },
        {
          titles: ['Gezamenlijk aanbesteden van een applicatie met buurgemeenten'],
          description:
            'Samen met buurgemeenten willen we één applicatie aanbesteden. Hoe regel je de opdrachtgeverschapsrol, de kostenverdeling en de verschillen in wensen tussen de deelnemers?',
        },
      ],
    },
    {
      id: 'contractmanagement-inrichten',
      name: 'Contractmanagement professionaliseren',
      skills: ['contractmanagement', 'inkoopbeleid', 'procesmanagement', 'rechtmatigheid'],
      wordings: [
        {
          titles: [
            'Centraal contractregister en sturing op leveranciers',
            'Van inkopen naar sturen op prestaties',
          ],
          description:
            'Na de gunning kijkt niemand meer naar de afspraken die met leveranciers zijn gemaakt. We willen contractmanagement inrichten met een register, prestatie-indicatoren en periodieke gesprekken.',
        },
        {
          titles: ['Contracten lopen stilzwijgend door zonder evaluatie'],
          description:
            'De accountant constateerde dat we contracten verlengen zonder nieuwe aanbesteding. We zoeken een werkwijze waarbij budgethouders tijdig worden gewaarschuwd en keuzes worden vastgelegd.',
        },
        {
          titles: ['Contractmanagement centraal of decentraal organiseren'],
          description:
            'Decentrale afdelingen beheren elk hun eigen contracten op hun eigen manier. Hoe hebben andere gemeenten contractmanagement georganiseerd: centraal, decentraal of een mengvorm?',
        },
      ],
    },
    {
      id: 'social-return-mvi',
      name: 'Social return en maatschappelijk verantwoord inkopen',
      skills: ['social-return', 'mvi', 'inkoopbeleid', 're-integratie'],
      wordings: [
        {
          titles: [
            'Social return bij aanbestedingen beter benutten',
            'SROI-verplichtingen controleren en verzilveren',
          ],
          description:
            'We nemen een social-returnverplichting op in aanbestedingen, maar weten niet of leveranciers die nakomen. We zoeken een aanpak voor monitoring en een koppeling met kandidaten uit de bijstand.',
        },
        {
          titles: [
            'Maatschappelijk verantwoord inkopen in de praktijk',
            'Circulair inkopen van meubilair en bouwmaterialen',
          ],
          description:
            'Het inkoopbeleid zegt dat we duurzaam en circulair inkopen, maar in de praktijk wint de laagste prijs. Hoe zorgen andere gemeenten dat MVI-criteria echt meewegen?',
        },
        {
          titles: ['Eén regionale aanpak voor social return'],
          description:
            'Leveranciers vinden de regels voor social return ingewikkeld en verschillen per gemeente. We willen met de regio één aanpak en één loket voor werkgevers.',
        },
      ],
    },
    {
      id: 'strategische-personeelsplanning',
      name: 'Krapte op de arbeidsmarkt en strategische personeelsplanning',
      skills: ['strategische-personeelsplanning', 'werving-selectie', 'hr-advies', 'leidinggeven'],
      wordings: [
        {
          titles: ['Vacatures voor vergunningverleners en ICT’ers blijven open'],
          description:
            'Vacatures voor specialisten zoals vergunningverleners, ICT’ers en juristen blijven maanden open. We willen met buurgemeenten gezamenlijk werven, opleiden en talent delen.',
        },
        {
          titles: [
            'Strategische personeelsplanning invoeren',
            'Vergrijzing van de ambtelijke organisatie opvangen',
          ],
          description:
            'Binnen vijf jaar gaat een kwart van onze medewerkers met pensioen. We zoeken een methode voor strategische personeelsplanning die laat zien welke kennis verdwijnt en hoe we die borgen.',
        },
        {
          titles: ['Jonge professionals aantrekken en behouden'],
          description:
            'Traineeships en stages trekken jonge mensen, maar ze vertrekken na een paar jaar weer. Hoe bieden andere gemeenten loopbaanperspectief en een aantrekkelijke werkomgeving?',
        },
      ],
    },
    {
      id: 'ambtelijke-samenwerking-ssc',
      name: 'Ambtelijke samenwerking of een shared service center',
      skills: [
        'shared-services',
        'gemeenschappelijke-regelingen',
        'verandermanagement',
        'regionale-samenwerking',
      ],
      wordings: [
        {
          titles: ['Shared service center opzetten met buurgemeenten'],
          description:
            'Als kleine gemeente zijn we kwetsbaar op ICT, financiën en personeelszaken. We onderzoeken samen met buurgemeenten een shared service center en willen leren van bestaande samenwerkingen.',
        },
        {
          titles: [
            'Ambtelijke fusie van drie gemeenten',
            'Evaluatie van de werkorganisatie na vijf jaar',
          ],
          description:
            'Onze drie gemeenten werken sinds enkele jaren met één ambtelijke organisatie. Bestuurders voelen minder grip en medewerkers ervaren afstand; we zoeken ervaring met het herijken van de sturing.',
        },
        {
          titles: ['Bedrijfsvoering bundelen in een gemeenschappelijke regeling'],
          description:
            'Bij het bundelen van taken gaan medewerkers over naar een nieuwe werkgever. Hoe regel je de personele gevolgen, de dienstverleningsovereenkomsten en de kostenverdeelsleutel?',
        },
      ],
    },
    {
      id: 'herindeling-voorbereiden',
      name: 'Gemeentelijke herindeling voorbereiden',
      skills: [
        'herindeling',
        'verandermanagement',
        'programmamanagement',
        'bestuursadvisering',
        'informatiemanagement',
      ],
      wordings: [
        {
          titles: ['Twee organisaties samenvoegen voor de fusiedatum'],
          description:
            'De gemeenteraden hebben besloten tot een herindeling en over twee jaar ontstaat een nieuwe gemeente. We moeten de organisaties, systemen en regels in die tijd samenvoegen.',
        },
        {
          titles: ['Harmoniseren van beleid en verordeningen na een herindeling'],
          description:
            'Na de herindeling gelden nog verschillende verordeningen voor de voormalige gemeenten. We zoeken ervaring met het harmoniseren van belastingen, subsidies en beleidsregels zonder inwoners te benadelen.',
        },
        {
          titles: ['ICT-systemen van fuserende gemeenten samenvoegen'],
          description:
            'Elke fuserende gemeente heeft eigen applicaties voor burgerzaken, belastingen en zaakgericht werken. Hoe hebben andere gemeenten de migratie gepland zodat op de fusiedatum alles werkt?',
        },
      ],
    },
    {
      id: 'hybride-werken-huisvesting',
      name: 'Hybride werken en het gemeentehuis',
      skills: ['facilitair-huisvesting', 'hr-advies', 'cloud-werkplek', 'leidinggeven'],
      wordings: [
        {
          titles: [
            'Hybride werken en de toekomst van het gemeentehuis',
            'Het stadskantoor opnieuw inrichten voor minder werkplekken',
          ],
          description:
            'Medewerkers werken deels thuis en het gemeentehuis staat op veel dagen half leeg. We willen het gebouw anders inrichten en misschien ruimte delen met maatschappelijke partners.',
        },
        {
          titles: ['Verbinding houden in teams die deels thuis werken'],
          description:
            'Leidinggevenden zoeken naar manieren om teams te binden als collega’s elkaar minder zien. Wie heeft goede ervaringen met teamafspraken en ondersteuning voor hybride leidinggeven?',
        },
        {
          titles: ['Afspraken over thuiswerken vastleggen'],
          description:
            'We moeten een regeling voor thuiswerken vaststellen met afspraken over vergoedingen, arbo en informatiebeveiliging. Hoe hebben andere gemeenten dit met de ondernemingsraad geregeld?',
        },
      ],
    },
    {
      id: 'projectmatig-werken',
      name: 'Projectmatig en programmatisch werken invoeren',
      skills: [
        'projectmanagement',
        'programmamanagement',
        'stakeholdermanagement',
        'verandermanagement',
      ],
      wordings: [
        {
          titles: [
            'Projectmatig werken invoeren in de hele organisatie',
            'Te veel projecten tegelijk: prioriteren en portfoliomanagement',
          ],
          description:
            'Er lopen veel projecten tegelijk en niemand heeft overzicht over capaciteit en budget. We willen een projectenportfolio met duidelijke keuzes en een vaste werkwijze voor projectleiders.',
        },
        {
          titles: ['Programmasturing op grote opgaven'],
          description:
            'Grote opgaven zoals woningbouw en de energietransitie vragen samenwerking tussen afdelingen. We zoeken ervaring met programmasturing waarin de lijn en het programma elkaar versterken.',
        },
        {
          titles: ['Opdrachtgeverschap van projecten versterken'],
          description:
            'Projecten lopen uit omdat opdrachtgevers te weinig tijd hebben of keuzes uitstellen. Hoe hebben andere gemeenten het opdrachtgeverschap geprofessionaliseerd?',
        },
      ],
    },
  ],
};
