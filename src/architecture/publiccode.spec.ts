import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface PublicCode {
  publiccodeYmlVersion: string;
  name: string;
  url: string;
  softwareVersion: string;
  platforms: string[];
  categories: string[];
  developmentStatus: string;
  softwareType: string;
  description: Record<
    string,
    { shortDescription: string; longDescription: string; features: string[] }
  >;
  legal: { license: string };
  maintenance: { type: string; contacts?: unknown[] };
  localisation: { localisationReady: boolean; availableLanguages: string[] };
}

// The required keys and value rules of the publiccode.yml standard 0.4 that a file can break.
describe('publiccode.yml', () => {
  const code = parse(read('publiccode.yml')) as PublicCode;
  const pkg = JSON.parse(read('package.json')) as { version: string; license: string };

  it('has the keys the standard requires, with allowed values', () => {
    expect(code.publiccodeYmlVersion).toBe('0.4');
    expect(code.name).toBe('Kennissen');
    expect(code.url).toMatch(/^https:\/\//);
    expect(code.platforms.length).toBeGreaterThan(0);
    expect(code.categories.length).toBeGreaterThan(0);
    expect(['concept', 'development', 'beta', 'stable', 'obsolete']).toContain(
      code.developmentStatus,
    );
    expect([
      'standalone/mobile',
      'standalone/iot',
      'standalone/desktop',
      'standalone/web',
      'standalone/backend',
      'standalone/other',
      'addon',
      'library',
      'configurationFiles',
    ]).toContain(code.softwareType);
    expect(['internal', 'contract', 'community', 'none']).toContain(code.maintenance.type);
    expect(code.localisation.availableLanguages).toEqual(expect.arrayContaining(['nl']));
  });

  it('describes itself in Dutch and English within the standard’s lengths', () => {
    for (const language of ['nl', 'en']) {
      const { shortDescription, longDescription, features } = code.description[language];
      expect(shortDescription.length).toBeLessThanOrEqual(150);
      expect(longDescription.length).toBeGreaterThanOrEqual(150);
      expect(longDescription.length).toBeLessThanOrEqual(10_000);
      for (const feature of features) expect(feature.length).toBeLessThanOrEqual(100);
    }
  });

  it('agrees with package.json on version and licence', () => {
    expect(code.softwareVersion).toBe(pkg.version);
    expect(code.legal.license).toBe(pkg.license);
  });
});
