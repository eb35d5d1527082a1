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
});
