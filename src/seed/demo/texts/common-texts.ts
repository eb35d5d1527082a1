import type { ChallengeStatus, Outcome } from '../types';

/**
 * Texts shared by all themes: bio sentences, closing sentences for challenge descriptions and
 * lessons learned. Placeholders in braces are filled in by the generator.
 */

/** First bio sentence. {title} is the job title inside a sentence, {Title} at its start. */
export const BIO_OPENINGS: readonly string[] = [
  'Werkt sinds {year} als {title} bij de gemeente {gemeente} en richt zich vooral op {focus}.',
  '{Title} bij de gemeente {gemeente}, met als aandachtsgebied {focus}.',
  'Is als {title} in {gemeente} verantwoordelijk voor {focus}.',
  'Houdt zich als {title} bij de gemeente {gemeente} bezig met {focus}.',
];

/** Optional second bio sentence about two of the person's skills. */
export const BIO_SKILL_SENTENCES: readonly string[] = [
  'Heeft veel ervaring met {skill1} en {skill2}.',
  'Kan collega’s in andere gemeenten helpen met vragen over {skill1} en {skill2}.',
  'Deelt graag kennis over {skill1} en {skill2}.',
  'Specialist in {skill1}, met daarnaast kennis van {skill2}.',
];

/** Closing sentences that may end a challenge description, by status. */
export const DESCRIPTION_CLOSINGS: Readonly<Record<ChallengeStatus, readonly string[]>> = {
  OPEN: [
    'We staan nog aan het begin en horen graag van gemeenten die dit al hebben aangepakt.',
    'Wie heeft hier ervaring mee en wil die delen?',
    'We zoeken een collega die ons kan helpen een goede eerste stap te zetten.',
  ],
  IN_PROGRESS: [
    'We zijn halverwege en lopen nu tegen de uitvoering aan.',
    'De eerste stappen zijn gezet; we zoeken nog ervaring met de lastige onderdelen.',
    'Een sparringpartner uit een andere gemeente zou ons op dit moment helpen.',
  ],
  SOLVED: [
    'De aanpak werkt inmiddels en we delen graag wat we hebben geleerd.',
    'Na een jaar evalueren we positief; de werkwijze is overdraagbaar naar andere gemeenten.',
    'Het resultaat is vastgelegd in een handreiking die andere gemeenten kunnen gebruiken.',
  ],
};

export const LESSONS_LEARNED: Readonly<Record<Outcome, readonly string[]>> = {
  SOLVED: [
    'Betrek de uitvoering vanaf het begin, dan sluit de oplossing aan op de praktijk.',
    'Een kleine pilot in één wijk of team gaf het vertrouwen om breed uit te rollen.',
    'Samen optrekken met buurgemeenten scheelde tijd en geld.',
    'Vaste contactpersonen bij de ketenpartners maakten het verschil.',
    'Door vroeg met de raad te praten, kwamen er geen verrassingen bij het besluit.',
    'Goede afspraken over gegevensdeling vooraf voorkwamen veel discussie achteraf.',
  ],
  PARTIAL: [
    'Het proces staat, maar de capaciteit om het vol te houden is nog te krap.',
    'We hebben de planning te optimistisch ingeschat; reken op minstens een half jaar extra.',
    'De techniek was sneller klaar dan de organisatie; investeer eerder in training.',
    'Niet alle partners deden volledig mee, waardoor een deel van het doel buiten bereik bleef.',
  ],
  ONGOING: [
    'Het helpt om elke maand met alle betrokkenen de voortgang te bespreken.',
    'Begin met de onderdelen die de meeste inwoners raken.',
    'Een externe blik hielp ons om knopen door te hakken.',
  ],
  FAILED: [
    'Zonder bestuurlijk eigenaarschap strandt zo’n traject bij de eerste tegenslag.',
    'We hebben te laat gemerkt dat de leverancier de afspraken niet kon waarmaken.',
    'Het ontbreken van een duidelijke opdracht leidde tot eindeloze discussies.',
    'De aanpak was te groot opgezet; kleiner beginnen was beter geweest.',
  ],
};
