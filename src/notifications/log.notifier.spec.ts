import { Logger } from '@nestjs/common';
import { LogNotifier } from './log.notifier';
import { type IntroductionRequestedNotice } from './notification';

const notice = (
  overrides: Partial<IntroductionRequestedNotice> = {},
): IntroductionRequestedNotice => ({
  kind: 'INTRODUCTION_REQUESTED',
  introductionId: 'intro-91c2',
  recipient: { personId: 'person-4411', name: 'Fatima El Amrani', email: 'f.elamrani@breda.nl' },
  counterpart: { name: 'Jan de Vries', municipalityName: 'Tilburg' },
  challengeTitle: 'Minder papier bij de Wmo-aanvraag',
  message: 'Mag ik langskomen om te zien hoe jullie het doen?',
  ...overrides,
});

/** Everything personal in the notice above. */
const PERSONAL = [
  'f.elamrani@breda.nl',
  'Fatima',
  'El Amrani',
  'Jan de Vries',
  'Tilburg',
  'Minder papier',
  'langskomen',
];

describe('LogNotifier', () => {
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });

  afterEach(() => {
    logged.mockRestore();
  });

  const lines = (): string[] => logged.mock.calls.map(([message]) => String(message));

  it('logs one line with the kind and the ids, and nothing personal', async () => {
    const sut = new LogNotifier();

    await expect(sut.send(notice())).resolves.toBe('SENT');

    expect(lines()).toEqual([
      'INTRODUCTION_REQUESTED for introduction intro-91c2 to person person-4411: logged, not e-mailed (NOTIFIER=log)',
    ]);
    for (const personal of PERSONAL) expect(lines()[0]).not.toContain(personal);
  });

  it('skips a recipient without an e-mail address, again without personal data', async () => {
    const sut = new LogNotifier();
    const recipient = { personId: 'person-4411', name: 'Fatima El Amrani', email: null };

    await expect(sut.send(notice({ recipient }))).resolves.toBe('SKIPPED_NO_ADDRESS');
    await expect(sut.send(notice({ recipient: { ...recipient, email: '  ' } }))).resolves.toBe(
      'SKIPPED_NO_ADDRESS',
    );

    expect(lines()).toHaveLength(2);
    for (const line of lines()) {
      expect(line).toContain('person-4411: skipped, the person has no e-mail address');
      for (const personal of PERSONAL) expect(line).not.toContain(personal);
    }
  });

  it('is the log notifier and has nothing to close', async () => {
    const sut = new LogNotifier();
    expect(sut.kind).toBe('log');
    await expect(sut.close()).resolves.toBeUndefined();
  });
});
