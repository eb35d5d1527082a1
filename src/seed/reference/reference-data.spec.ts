import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collaborationDisplayName, mapCollaborationKind } from './collaboration-kinds';
import { ReferenceDataError, defaultSeedDir, loadReferenceData } from './reference-data';

describe('loadReferenceData (graph/seed)', () => {
  const sut = loadReferenceData();

  it('loads all 342 municipalities with their population', () => {
    expect(sut.municipalities).toHaveLength(342);
    const amsterdam = sut.municipalities.find((m) => m.code === 'GM0363');
    expect(amsterdam).toMatchObject({ name: 'Amsterdam', province: 'Noord-Holland' });
    const total = sut.municipalities.reduce((sum, m) => sum + m.population, 0);
    expect(total).toBe(17_942_942);
    expect(sut.municipalities.find((m) => m.code === 'GM0820')?.name).toBe(
      'Nuenen, Gerwen en Nederwetten',
    );
  });

  it('loads 183 collaborations with mapped kinds and readable, unique names', () => {
    expect(sut.collaborations).toHaveLength(183);
    const countByKind = new Map<string, number>();
    for (const c of sut.collaborations) countByKind.set(c.kind, (countByKind.get(c.kind) ?? 0) + 1);
    expect(Object.fromEntries(countByKind)).toEqual({
      SAFETY_REGION: 25,
      LABOUR_MARKET_REGION: 35,
      HEALTH_REGION: 25,
      YOUTH_CARE_REGION: 42,
      ENERGY_REGION: 30,
      DOMESTIC_SAFETY_REGION: 25,
      COOPERATIVE: 1,
    });
    const byId = new Map(sut.collaborations.map((c) => [c.id, c]));
    expect(byId.get('VR01')?.name).toBe('Veiligheidsregio Groningen');
    expect(byId.get('AM01')?.name).toBe('Arbeidsmarktregio Groningen');
    expect(byId.get('GG0111')?.name).toBe('GGD Groningen');
    expect(byId.get('ES01')?.name).toBe('RES-regio Groningen');
    expect(byId.get('VT08')?.name).toBe('Veilig Thuis-regio Groningen');
    expect(byId.get('JZ01')?.name).toBe('Jeugdzorgregio Groningen');
    expect(byId.get('AM36')?.name).toBe('Arbeidsmarktregio Zwolle');
    expect(byId.get('DIMPACT')?.kind).toBe('COOPERATIVE');
    expect(new Set(sut.collaborations.map((c) => c.name)).size).toBe(183);
  });

  it('loads 2062 memberships that all point to known ids', () => {
    expect(sut.memberships).toHaveLength(2062);
    const codes = new Set(sut.municipalities.map((m) => m.code));
    const ids = new Set(sut.collaborations.map((c) => c.id));
    for (const m of sut.memberships) {
      expect(codes.has(m.municipalityCode)).toBe(true);
      expect(ids.has(m.collaborationId)).toBe(true);
    }
  });

  it('places every municipality in exactly one safety region', () => {
    const safety = new Set(
      sut.collaborations.filter((c) => c.kind === 'SAFETY_REGION').map((c) => c.id),
    );
    const members = sut.memberships.filter((m) => safety.has(m.collaborationId));
    expect(members).toHaveLength(342);
    expect(new Set(members.map((m) => m.municipalityCode)).size).toBe(342);
  });

  it('reads the copies that are byte for byte the shared reference files', () => {
    const shared = path.resolve(defaultSeedDir(), '..', '..', '..', 'shared', 'data');
    if (!fs.existsSync(shared)) return; // only next to a checkout of shared/data
    for (const file of [
      'municipalities.csv',
      'collaborations.csv',
      'collaboration_members.csv',
      'collaboration_members_provenance.csv',
    ]) {
      const copy = fs.readFileSync(path.join(defaultSeedDir(), file));
      expect(copy.equals(fs.readFileSync(path.join(shared, file)))).toBe(true);
    }
  });
});

describe('loadReferenceData (bad data)', () => {
  let dir: string;

  const write = (files: Partial<Record<string, string>>): void => {
    const all: Record<string, string> = {
      'municipalities.csv': 'code,name,province,population\nGM0001,Aa,P,10\nGM0002,Bb,P,20\n',
      'collaborations.csv': 'collaboration_id,name,kind\nVR01,Noord,veiligheidsregio\n',
      'collaboration_members.csv': 'collaboration_id,municipality_code\nVR01,GM0001\n',
      ...files,
    };
    for (const [name, text] of Object.entries(all)) {
      if (text !== undefined) fs.writeFileSync(path.join(dir, name), text);
    }
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennissen-seed-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads a small valid set', () => {
    write({});
    expect(loadReferenceData(dir)).toEqual({
      municipalities: [
        { code: 'GM0001', name: 'Aa', province: 'P', population: 10 },
        { code: 'GM0002', name: 'Bb', province: 'P', population: 20 },
      ],
      collaborations: [{ id: 'VR01', name: 'Veiligheidsregio Noord', kind: 'SAFETY_REGION' }],
      memberships: [{ collaborationId: 'VR01', municipalityCode: 'GM0001' }],
    });
  });

  it.each([
    [
      'a bad code',
      'code,name,province,population\nGM001,Aa,P,10\n',
      ':2: municipality code "GM001"',
    ],
    [
      'a decimal population',
      'code,name,province,population\nGM0001,Aa,P,1.5\n',
      ':2: population "1.5"',
    ],
    [
      'a duplicate code',
      'code,name,province,population\nGM0001,A,P,1\nGM0001,B,P,2\n',
      ':3: municipality code GM0001 appears twice',
    ],
    ['a missing column', 'code,name,population\nGM0001,Aa,10\n', ':1: missing column "province"'],
    [
      'a short row',
      'code,name,province,population\nGM0001,Aa,P\n',
      ':2: expected 4 fields, found 3',
    ],
    [
      'an unclosed quote',
      'code,name,province,population\nGM0001,"Aa,P,10\n',
      ':2: a quoted field is not closed',
    ],
  ])('names file and line for %s in municipalities.csv', (_case, text, message) => {
    write({ 'municipalities.csv': text });
    const load = (): unknown => loadReferenceData(dir);
    expect(load).toThrow(ReferenceDataError);
    expect(load).toThrow(`${path.join(dir, 'municipalities.csv')}${message}`);
  });

  it('rejects an unknown collaboration kind with the known kinds listed', () => {
    write({ 'collaborations.csv': 'collaboration_id,name,kind\nX1,Noord,waterschap\n' });
    expect(() => loadReferenceData(dir)).toThrow(
      /collaborations\.csv:2: unknown collaboration kind "waterschap"; known kinds are cooperative, veiligheidsregio/,
    );
  });

  it('rejects memberships that point to unknown ids', () => {
    write({ 'collaboration_members.csv': 'collaboration_id,municipality_code\nVR01,GM0009\n' });
    expect(() => loadReferenceData(dir)).toThrow(
      /collaboration_members\.csv:2: municipality "GM0009" is not in municipalities\.csv/,
    );
    write({
      'collaboration_members.csv': 'collaboration_id,municipality_code\nVR01,GM0001\nXX,GM0001\n',
    });
    expect(() => loadReferenceData(dir)).toThrow(
      /collaboration_members\.csv:3: collaboration "XX" is not in collaborations\.csv/,
    );
  });

  it('says which file is missing', () => {
    write({});
    fs.rmSync(path.join(dir, 'collaborations.csv'));
    expect(() => loadReferenceData(dir)).toThrow(/collaborations\.csv: cannot read the file/);
  });
});

describe('collaboration kinds', () => {
  it('maps every kind of shared/data/README.md', () => {
    expect(mapCollaborationKind('cooperative')).toBe('COOPERATIVE');
    expect(mapCollaborationKind('veiligheidsregio')).toBe('SAFETY_REGION');
    expect(mapCollaborationKind('arbeidsmarktregio')).toBe('LABOUR_MARKET_REGION');
    expect(mapCollaborationKind('ggd_regio')).toBe('HEALTH_REGION');
    expect(mapCollaborationKind('jeugdzorgregio')).toBe('YOUTH_CARE_REGION');
    expect(mapCollaborationKind('res_regio')).toBe('ENERGY_REGION');
    expect(mapCollaborationKind('veilig_thuis_regio')).toBe('DOMESTIC_SAFETY_REGION');
  });

  it('throws on an unknown kind, also for inherited object keys', () => {
    expect(() => mapCollaborationKind('rud')).toThrow('unknown collaboration kind "rud"');
    expect(() => mapCollaborationKind('toString')).toThrow('unknown collaboration kind');
  });

  it('does not repeat a word the name already starts with', () => {
    expect(collaborationDisplayName('Veiligheidsregio Zeeland', 'veiligheidsregio')).toBe(
      'Veiligheidsregio Zeeland',
    );
    expect(collaborationDisplayName('Dienst Gezondheid & Jeugd ZHZ', 'ggd_regio')).toBe(
      'Dienst Gezondheid & Jeugd ZHZ',
    );
    expect(collaborationDisplayName('Twente', 'ggd_regio')).toBe('GGD-regio Twente');
    expect(collaborationDisplayName('Dimpact (coöperatieve vereniging)', 'cooperative')).toBe(
      'Dimpact (coöperatieve vereniging)',
    );
  });
});
