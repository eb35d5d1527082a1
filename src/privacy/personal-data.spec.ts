import { ExperienceRole, Outcome } from '../experiences/experience-role';
import { type IntroductionRecord, pendingIntroduction } from '../introductions/introduction.record';
import { Availability } from '../people/models/availability.enum';
import { Visibility } from '../people/models/visibility.enum';
import { type PersonRecord } from '../people/person.record';
import {
  PERSONAL_DATA_FORMAT,
  personalDataDocument,
  type PersonalDataSources,
} from './personal-data';

const AT = new Date('2026-03-01T10:00:00Z');

const person = (id: string, name: string): PersonRecord => ({
  id,
  name,
  email: `${id}@example.nl`,
  title: null,
  bio: null,
  availability: Availability.AVAILABLE,
  visibility: Visibility.NETWORK,
  municipalityCode: 'GM0363',
  department: null,
  createdAt: AT,
  updatedAt: AT,
});

const introduction = (overrides: Partial<IntroductionRecord>): IntroductionRecord => ({
  ...pendingIntroduction({
    id: 'i-1',
    requesterId: 'ann',
    expertId: 'bob',
    viaId: null,
    challengeId: null,
    message: 'Mag ik je iets vragen?',
    requestedAt: AT,
  }),
  ...overrides,
});

const sources = (overrides: Partial<PersonalDataSources> = {}): PersonalDataSources => ({
  person: person('ann', 'Ann de Vries'),
  municipalityName: 'Amsterdam',
  skills: [],
  experiences: [],
  challengeTitles: new Map(),
  acquaintances: [],
  canSee: () => true,
  helped: [],
  programmeRoles: [],
  progress: [],
  wishes: [],
  programmeTitles: new Map(),
  skillNames: new Map(),
  introductions: [],
  auditTrail: [],
  generatedAt: AT,
  ...overrides,
});

describe('personalDataDocument', () => {
  it('names its format and the person, with dates as ISO strings', () => {
    const document = personalDataDocument(sources());
    expect(document.format).toBe(PERSONAL_DATA_FORMAT);
    expect(document.personId).toBe('ann');
    expect(document.generatedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(document.profile).toMatchObject({
      name: 'Ann de Vries',
      email: 'ann@example.nl',
      municipality: { code: 'GM0363', name: 'Amsterdam' },
    });
  });

  it('names only the acquaintances the person may see, and counts the others', () => {
    const document = personalDataDocument(
      sources({
        acquaintances: [person('cas', 'Cas'), person('bob', 'Bob'), person('dirk', 'Dirk')],
        canSee: (other) => other.id !== 'dirk',
      }),
    );
    expect(document.acquaintances).toEqual({
      named: [
        { personId: 'bob', name: 'Bob' },
        { personId: 'cas', name: 'Cas' },
      ],
      hidden: 1,
    });
    expect(JSON.stringify(document)).not.toContain('Dirk');
  });

  it('gives each introduction the roles the person had in it', () => {
    const document = personalDataDocument(
      sources({
        introductions: [
          introduction({ id: 'asked', requesterId: 'ann' }),
          introduction({ id: 'answered', requesterId: 'cas', expertId: 'ann' }),
          introduction({ id: 'passed-on', requesterId: 'cas', viaId: 'ann' }),
        ],
      }),
    );
    expect(document.introductions.map((entry) => [entry.id, entry.roles])).toEqual([
      ['asked', ['REQUESTER']],
      ['answered', ['EXPERT']],
      ['passed-on', ['VIA']],
    ]);
  });

  it('titles experiences by their challenge, and null when the challenge is gone', () => {
    const document = personalDataDocument(
      sources({
        experiences: [
          {
            personId: 'ann',
            challengeId: 'c-1',
            role: ExperienceRole.LEAD,
            outcome: Outcome.SOLVED,
            year: 2024,
            lessonsLearned: 'Begin klein.',
          },
          {
            personId: 'ann',
            challengeId: 'c-gone',
            role: ExperienceRole.MEMBER,
            outcome: Outcome.PARTIAL,
            year: null,
            lessonsLearned: null,
          },
        ],
        challengeTitles: new Map([['c-1', 'Jeugdhulp inkopen']]),
      }),
    );
    expect(document.experiences.map((entry) => entry.challengeTitle)).toEqual([
      'Jeugdhulp inkopen',
      null,
    ]);
  });

  it('lists the programmes the person takes part in, mentors or coordinates, with dates as ISO strings', () => {
    const document = personalDataDocument(
      sources({
        programmeRoles: [
          {
            programmeId: 'lp-1',
            role: 'PARTICIPANT',
            since: AT,
            until: new Date('2026-06-30T12:00:00Z'),
            circle: 2,
            mentorId: 'bob',
          },
          {
            programmeId: 'lp-2',
            role: 'MENTOR',
            since: AT,
            until: null,
            circle: null,
            mentorId: null,
          },
          {
            programmeId: 'lp-gone',
            role: 'COORDINATOR',
            since: null,
            until: null,
            circle: null,
            mentorId: null,
          },
        ],
        programmeTitles: new Map([
          ['lp-1', 'Wmo-consulenten leren van elkaar'],
          ['lp-2', 'Aanbesteden in de jeugdhulp'],
        ]),
      }),
    );
    expect(document.learningProgrammes).toEqual([
      {
        programmeId: 'lp-1',
        title: 'Wmo-consulenten leren van elkaar',
        role: 'PARTICIPANT',
        since: '2026-03-01T10:00:00.000Z',
        until: '2026-06-30T12:00:00.000Z',
        circle: 2,
        mentorId: 'bob',
      },
      {
        programmeId: 'lp-2',
        title: 'Aanbesteden in de jeugdhulp',
        role: 'MENTOR',
        since: '2026-03-01T10:00:00.000Z',
        until: null,
        circle: null,
        mentorId: null,
      },
      {
        programmeId: 'lp-gone',
        title: null,
        role: 'COORDINATOR',
        since: null,
        until: null,
        circle: null,
        mentorId: null,
      },
    ]);
  });

  it('gives each progress step its skill, programme and challenge by name, and its moment as an ISO string', () => {
    const document = personalDataDocument(
      sources({
        progress: [
          {
            id: 'g-1',
            programmeId: 'lp-1',
            personId: 'ann',
            skillId: 'wmo-2015',
            levelBefore: 2,
            levelAfter: 3,
            challengeId: 'c-1',
            outcome: Outcome.PARTIAL,
            note: 'Eerste keukentafelgesprek zelf gevoerd.',
            recordedAt: AT,
          },
          {
            id: 'g-2',
            programmeId: 'lp-1',
            personId: 'ann',
            skillId: 'aanbesteden',
            levelBefore: 0,
            levelAfter: 1,
            challengeId: null,
            outcome: null,
            note: null,
            recordedAt: new Date('2026-04-01T08:30:00Z'),
          },
        ],
        programmeTitles: new Map([['lp-1', 'Wmo-consulenten leren van elkaar']]),
        skillNames: new Map([['wmo-2015', 'Wmo 2015']]),
        challengeTitles: new Map([['c-1', 'Wachtlijst huishoudelijke hulp']]),
      }),
    );
    expect(document.learningProgress).toEqual([
      {
        id: 'g-1',
        programmeId: 'lp-1',
        programmeTitle: 'Wmo-consulenten leren van elkaar',
        skillId: 'wmo-2015',
        skillName: 'Wmo 2015',
        levelBefore: 2,
        levelAfter: 3,
        challengeId: 'c-1',
        challengeTitle: 'Wachtlijst huishoudelijke hulp',
        outcome: Outcome.PARTIAL,
        note: 'Eerste keukentafelgesprek zelf gevoerd.',
        recordedAt: '2026-03-01T10:00:00.000Z',
      },
      {
        id: 'g-2',
        programmeId: 'lp-1',
        programmeTitle: 'Wmo-consulenten leren van elkaar',
        skillId: 'aanbesteden',
        skillName: null,
        levelBefore: 0,
        levelAfter: 1,
        challengeId: null,
        challengeTitle: null,
        outcome: null,
        note: null,
        recordedAt: '2026-04-01T08:30:00.000Z',
      },
    ]);
  });

  it('names the skills the person wants to learn', () => {
    const document = personalDataDocument(
      sources({
        wishes: [
          { personId: 'ann', skillId: 'aanbesteden' },
          { personId: 'ann', skillId: 'wmo-2015' },
        ],
        skillNames: new Map([
          ['aanbesteden', 'Aanbesteden'],
          ['wmo-2015', 'Wmo 2015'],
        ]),
      }),
    );
    expect(document.wantsToLearn).toEqual([
      { skillId: 'aanbesteden', name: 'Aanbesteden' },
      { skillId: 'wmo-2015', name: 'Wmo 2015' },
    ]);
  });

  it('has empty learning lists for a person without any', () => {
    const document = personalDataDocument(sources());
    expect([document.learningProgrammes, document.learningProgress, document.wantsToLearn]).toEqual(
      [[], [], []],
    );
  });
});
