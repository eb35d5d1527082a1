import { parse } from 'csv-parse/sync';
import { csvField, headerLine, recordLine } from './import-format';

describe('import format', () => {
  it('quotes a CSV field only when it must', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('twee\nregels')).toBe('"twee\nregels"');
  });

  it('writes people as CSV that parses back, with the skills list syntax', () => {
    const person = {
      id: 'gen-nl-person-000001',
      name: 'Anna de Vries',
      municipalityCode: 'GM0363',
      email: 'anna.devries@amsterdam.example.nl',
      title: 'Beleidsadviseur "jeugd", senior',
      department: 'Sociaal Domein',
      since: null,
      bio: 'Werkt aan jeugdzorg.\nEn aan inkoop.',
      availability: 'AVAILABLE',
      visibility: 'NETWORK',
      skills: [
        { skillId: 'jeugdwet', level: 4 },
        { skillId: 'aanbesteden', level: 3 },
      ],
    };
    const text = headerLine('people', 'csv') + recordLine('people', 'csv', person);
    const [row] = parse<Record<string, string>>(text, { columns: true });
    expect(row).toEqual({
      ...person,
      since: '',
      skills: 'jeugdwet:4|aanbesteden:3',
    });
  });

  it('writes JSON Lines without absent fields and with arrays for lists', () => {
    const line = recordLine('challenges', 'jsonl', {
      id: 'c1',
      title: 'T',
      description: 'D',
      municipalityCode: 'GM0363',
      theme: null,
      status: 'OPEN',
      createdAt: null,
      requiredSkills: [{ skillId: 'jeugdwet', weight: 0.8 }],
    });
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual({
      id: 'c1',
      title: 'T',
      description: 'D',
      municipalityCode: 'GM0363',
      status: 'OPEN',
      requiredSkills: [{ skillId: 'jeugdwet', weight: 0.8 }],
    });
    expect(headerLine('challenges', 'jsonl')).toBe('');
  });
});
