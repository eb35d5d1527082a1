import { ExperienceRole, Outcome } from '../experiences/experience-role';
import { Availability } from '../people/models/availability.enum';
import {
  buildReasons,
  dutchList,
  type Explanation,
  LESSON_QUOTED,
  lessonExcerpt,
  themeName,
} from './reasons';

const explanation = (overrides: Partial<Explanation> = {}): Explanation => ({
  experiences: [],
  sharedSkillNames: [],
  theme: null,
  municipalityName: 'Hengelo',
  sameMunicipality: false,
  sharedCollaborationNames: [],
  similarSize: false,
  introducers: null,
  availability: Availability.AVAILABLE,
  introductions: null,
  ...overrides,
});

const experience = (
  role: ExperienceRole,
  outcome: Outcome,
  year: number | null = 2023,
  title = 'Aanbesteding jeugdzorg Twente',
  lesson: string | null = null,
) => ({ title, municipalityName: 'Enschede', role, outcome, year, lesson });

describe('buildReasons', () => {
  it('tells how often earlier introductions helped and how many requests wait, and nothing without them', () => {
    expect(
      buildReasons(explanation({ introductions: { helpful: 2, meanRating: 4.5, open: 1 } })),
    ).toEqual([
      'Eerdere kennismakingen via Kennissen hielpen 2 keer (gemiddeld 4,5 van 5)',
      'Heeft al 1 open verzoek om kennismaking',
    ]);
    expect(
      buildReasons(explanation({ introductions: { helpful: 0, meanRating: 2, open: 0 } })),
    ).toEqual([]);
    expect(buildReasons(explanation())).toEqual([]);
  });

  it('tells what the person did where, with which result and when', () => {
    const sut = buildReasons(
      explanation({
        experiences: [
          experience(ExperienceRole.LEAD, Outcome.SOLVED),
          experience(ExperienceRole.MEMBER, Outcome.PARTIAL, 2021, 'Inkoop Wmo'),
          experience(ExperienceRole.ADVISOR, Outcome.FAILED, null, 'Regionale inkoop'),
        ],
      }),
    );
    expect(sut).toEqual([
      "Leidde 'Aanbesteding jeugdzorg Twente' in Enschede (opgelost, 2023)",
      "Werkte mee aan 'Inkoop Wmo' in Enschede (deels opgelost, 2021)",
      "Adviseerde bij 'Regionale inkoop' in Enschede (niet gelukt)",
    ]);
  });

  it('quotes the lessons the person wrote when they speak to the question', () => {
    const sut = buildReasons(
      explanation({
        experiences: [
          experience(
            ExperienceRole.LEAD,
            Outcome.SOLVED,
            2023,
            'Inkoop jeugdhulp',
            'Begin met een marktconsultatie.',
          ),
        ],
      }),
    );
    expect(sut).toEqual([
      'Leidde \'Inkoop jeugdhulp\' in Enschede (opgelost, 2023) en schreef: "Begin met een marktconsultatie."',
    ]);
  });

  it('cuts long lessons at a word, marked with an ellipsis', () => {
    const long = `${'woord '.repeat(40)}einde`;
    const sut = lessonExcerpt(long);
    expect(sut.length).toBeLessThanOrEqual(LESSON_QUOTED + 1);
    expect(sut.endsWith('woord…')).toBe(true);
    expect(long.startsWith(sut.slice(0, -1))).toBe(true);
    expect(lessonExcerpt('  Kort\n en  goed ')).toBe('Kort en goed');
  });

  it('spells out three challenges and counts the rest', () => {
    const many = [Outcome.SOLVED, Outcome.ONGOING, Outcome.SOLVED, Outcome.SOLVED, Outcome.SOLVED];
    const sut = buildReasons(
      explanation({ experiences: many.map((outcome) => experience(ExperienceRole.LEAD, outcome)) }),
    );
    expect(sut).toHaveLength(4);
    expect(sut[1]).toContain('(loopt nog, 2023)');
    expect(sut[3]).toBe('Werkte ook aan 2 andere vergelijkbare opgaven');
  });

  it('names shared skills, one or several', () => {
    expect(buildReasons(explanation({ sharedSkillNames: ['Aanbesteden'] }))).toEqual([
      'Deelt de vaardigheid Aanbesteden',
    ]);
    expect(buildReasons(explanation({ sharedSkillNames: ['Aanbesteden', 'Jeugdwet'] }))).toEqual([
      'Deelt de vaardigheden Aanbesteden en Jeugdwet',
    ]);
  });

  it('mentions the theme only when no matched challenge explains the person', () => {
    const theme = { slug: 'sociaal-domein', count: 2 };
    expect(buildReasons(explanation({ theme }))).toEqual([
      'Werkte eerder aan 2 opgaven in het thema sociaal domein',
    ]);
    const withExperience = buildReasons(
      explanation({ theme, experiences: [experience(ExperienceRole.LEAD, Outcome.SOLVED)] }),
    );
    expect(withExperience.join(' ')).not.toContain('thema');
    expect(buildReasons(explanation({ theme: { slug: 'ict', count: 0 } }))).toEqual([]);
  });

  it('explains municipality likeness: own, shared collaboration, or similar size', () => {
    expect(buildReasons(explanation({ sameMunicipality: true }))).toEqual([
      'Werkt in uw eigen gemeente (Hengelo)',
    ]);
    expect(
      buildReasons(explanation({ sharedCollaborationNames: ['Veiligheidsregio Twente'] })),
    ).toEqual(['Werkt in een gemeente uit dezelfde samenwerking (Veiligheidsregio Twente)']);
    expect(
      buildReasons(explanation({ sharedCollaborationNames: ['A', 'B', 'C'], similarSize: true })),
    ).toEqual(['Werkt in een gemeente uit dezelfde samenwerkingen (A, B en nog 1 andere)']);
    expect(buildReasons(explanation({ similarSize: true }))).toEqual([
      'Werkt in Hengelo, een gemeente van vergelijkbare grootte',
    ]);
  });

  it('names who can introduce, or says the asker knows the person', () => {
    expect(buildReasons(explanation({ introducers: ['Jan de Vries'] }))).toEqual([
      'Bereikbaar via Jan de Vries',
    ]);
    expect(buildReasons(explanation({ introducers: ['Jan de Vries', 'Els Bos'] }))).toEqual([
      'Bereikbaar via Jan de Vries en Els Bos',
    ]);
    expect(buildReasons(explanation({ introducers: [] }))).toEqual(['U kent elkaar al']);
  });

  it('says when someone is busy or away, last', () => {
    expect(
      buildReasons(
        explanation({ sharedSkillNames: ['Jeugdwet'], availability: Availability.LIMITED }),
      ).at(-1),
    ).toBe('Beperkt beschikbaar');
    expect(buildReasons(explanation({ availability: Availability.UNAVAILABLE }))).toEqual([
      'Nu niet beschikbaar',
    ]);
  });

  it('never uses internal jargon', () => {
    const sut = buildReasons(
      explanation({
        experiences: [experience(ExperienceRole.LEAD, Outcome.SOLVED)],
        sharedSkillNames: ['Jeugdwet'],
        sharedCollaborationNames: ['Regio Twente'],
        introducers: ['Jan'],
        availability: Availability.LIMITED,
      }),
    ).join(' ');
    expect(sut).not.toMatch(/bm25|score|signal|similar|idf|0\.\d/i);
  });
});

describe('dutchList and themeName', () => {
  it('joins names the Dutch way', () => {
    expect(dutchList([])).toBe('');
    expect(dutchList(['A'])).toBe('A');
    expect(dutchList(['A', 'B', 'C'])).toBe('A, B en C');
    expect(dutchList(['A', 'B', 'C', 'D'], 2)).toBe('A, B en nog 2 andere');
  });

  it('names themes', () => {
    expect(themeName('financien')).toBe('financiën');
    expect(themeName('ict')).toBe('ICT');
    expect(themeName('eigen-thema')).toBe('eigen thema');
  });
});
