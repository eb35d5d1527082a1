import { validateRecord } from './record-validation';

const person = (values: Record<string, unknown>, format: 'csv' | 'jsonl' = 'csv') =>
  validateRecord('people', format, { line: 2, values });

describe('validateRecord', () => {
  it('reads a CSV person with packed skills, trimming as the API does', () => {
    const sut = person({
      id: 'HR-1001',
      name: ' Anna de Vries ',
      municipalityCode: 'GM0363',
      email: 'a.devries@amsterdam.example.nl',
      since: '2019-04-01',
      skills: 'jeugdzorg-inkoop:4|aanbesteden:3',
    });
    expect(sut.problems).toEqual([]);
    expect(sut.record).toMatchObject({
      name: 'Anna de Vries',
      availability: null,
      visibility: null,
      skills: [
        { skillId: 'jeugdzorg-inkoop', level: 4 },
        { skillId: 'aanbesteden', level: 3 },
      ],
    });
  });

  it("applies the API's rules and names each field", () => {
    const sut = person({
      id: 'HR 1',
      name: 'A',
      municipalityCode: 'GM363',
      email: 'geen-adres',
      availability: 'SOMETIMES',
      since: '2019-02-30',
      skills: 'Aanbesteden:3|wmo:7|wmo:2',
    });
    const fields = sut.problems.map((p) => `${p.field}: ${p.message}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id: "HR 1" must be 1 to 100 letters/),
        'name: must be 2 to 120 characters',
        expect.stringMatching(/^municipalityCode: municipality codes are CBS codes/),
        'email: must be an email address, e.g. naam@gemeente.nl',
        expect.stringMatching(/^availability: /),
        'since: "2019-02-30" must be a date YYYY-MM-DD',
        expect.stringMatching(/^skills: skillId "Aanbesteden" must be a skill id/),
        'skills: level of wmo must be a whole number from 1 to 5 (CSV: wmo:3)',
      ]),
    );
  });

  it('reads JSON challenges with weights and refuses weights outside 0 to 1', () => {
    const ok = validateRecord('challenges', 'jsonl', {
      line: 1,
      values: {
        id: 'ZAAK-1',
        title: 'Jeugdhulp',
        description: 'Samen inkopen',
        municipalityCode: 'GM0599',
        createdAt: '2025-02-03T09:00:00Z',
        requiredSkills: [{ skillId: 'aanbesteden', weight: 0.6 }, { skillId: 'wmo' }],
      },
    });
    expect(ok.problems).toEqual([]);
    expect(ok.record).toMatchObject({
      createdAt: '2025-02-03T09:00:00.000Z',
      status: null,
      requiredSkills: [
        { skillId: 'aanbesteden', weight: 0.6 },
        { skillId: 'wmo', weight: null },
      ],
    });
    const bad = validateRecord('challenges', 'csv', {
      line: 1,
      values: {
        id: 'ZAAK-1',
        title: 'Jeugdhulp',
        description: 'x',
        municipalityCode: 'GM0599',
        requiredSkills: 'wmo:1.5',
        createdAt: 'gisteren',
      },
    });
    expect(bad.problems.map((p) => p.field)).toEqual(['requiredSkills', 'createdAt']);
  });

  it('checks experiences with the API input (enums, year) and acquaintances with oneself', () => {
    const experience = validateRecord('experiences', 'csv', {
      line: 3,
      values: {
        personId: 'HR-1',
        challengeId: 'ZAAK-1',
        role: 'BOSS',
        outcome: 'SOLVED',
        year: '1980',
      },
    });
    expect(experience.problems.map((p) => p.field)).toEqual(['role', 'year']);
    const self = validateRecord('acquaintances', 'csv', {
      line: 4,
      values: { personId: 'HR-1', otherPersonId: 'HR-1' },
    });
    expect(self.problems).toEqual([
      {
        field: 'otherPersonId',
        message: 'is the same person as personId: a person does not know themself',
      },
    ]);
  });

  it('requires the required fields', () => {
    const sut = validateRecord('collaborations', 'csv', { line: 2, values: { name: 'Regio' } });
    expect(sut.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['kind', 'id']));
  });
});
