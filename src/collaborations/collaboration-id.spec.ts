import { COLLABORATION_ID_PATTERN, collaborationIdFromName } from './collaboration-id';

describe('collaborationIdFromName', () => {
  it.each([
    ['Veiligheidsregio Fryslân', 'veiligheidsregio-fryslan'],
    ["  Regio 's-Hertogenbosch ", 'regio-s-hertogenbosch'],
    ['Dimpact', 'dimpact'],
    ['GGD Hollands Noorden (GHOR)', 'ggd-hollands-noorden-ghor'],
  ])('derives %j → %j', (name, id) => {
    expect(collaborationIdFromName(name)).toBe(id);
  });

  it('cuts long names to a valid id of at most 64 characters', () => {
    const id = collaborationIdFromName(`${'a'.repeat(63)} b ${'c'.repeat(100)}`);
    expect(id).toBe('a'.repeat(63));
    expect(id).toMatch(COLLABORATION_ID_PATTERN);
  });

  it.each(['é!', '--', '€ $'])('gives null when %j has too few letters or digits', (name) => {
    expect(collaborationIdFromName(name)).toBeNull();
  });
});
