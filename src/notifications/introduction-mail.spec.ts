import { renderIntroductionMail } from './introduction-mail';
import {
  type IntroductionAnsweredNotice,
  type IntroductionCompletedNotice,
  type IntroductionPassOnNotice,
  type IntroductionRequestedNotice,
} from './notification';

const common = {
  introductionId: 'intro-7f3a',
  recipient: { personId: 'person-expert', name: 'Fatima El Amrani', email: 'f.elamrani@breda.nl' },
  counterpart: { name: 'Jan de Vries', municipalityName: 'Tilburg' },
  challengeTitle: 'Minder papier bij de Wmo-aanvraag',
  message: 'Hoi Fatima,\r\nJullie hebben dit in Breda opgelost.\r\nMag ik langskomen?',
};

const requested = (
  overrides: Partial<IntroductionRequestedNotice> = {},
): IntroductionRequestedNotice => ({ kind: 'INTRODUCTION_REQUESTED', ...common, ...overrides });

const passOn = (overrides: Partial<IntroductionPassOnNotice> = {}): IntroductionPassOnNotice => ({
  kind: 'INTRODUCTION_PASS_ON',
  ...common,
  recipient: { personId: 'person-via', name: 'Kees Bakker', email: 'kees@tilburg.nl' },
  expertName: 'Fatima El Amrani',
  ...overrides,
});

const answered = (
  overrides: Partial<IntroductionAnsweredNotice> = {},
): IntroductionAnsweredNotice => ({
  kind: 'INTRODUCTION_ANSWERED',
  ...common,
  recipient: { personId: 'person-requester', name: 'Jan de Vries', email: 'jan@tilburg.nl' },
  counterpart: { name: 'Fatima El Amrani', municipalityName: 'Breda' },
  message: 'Graag, bel me maar.',
  answer: 'ACCEPTED',
  ...overrides,
});

const completed = (
  overrides: Partial<IntroductionCompletedNotice> = {},
): IntroductionCompletedNotice => ({
  kind: 'INTRODUCTION_COMPLETED',
  ...common,
  message: null,
  ...overrides,
});

/** Anything that could end a header line or hide text: controls, separators, bidi overrides. */
const UNSAFE = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u;

describe('renderIntroductionMail', () => {
  describe('a request to the expert', () => {
    it('names the requester and their municipality in the subject', () => {
      expect(renderIntroductionMail(requested()).subject).toBe(
        'Verzoek om kennismaking van Jan de Vries (Tilburg)',
      );
      expect(
        renderIntroductionMail(
          requested({ counterpart: { name: 'Jan de Vries', municipalityName: null } }),
        ).subject,
      ).toBe('Verzoek om kennismaking van Jan de Vries');
    });

    it('greets, quotes the message and says how to answer', () => {
      const { text } = renderIntroductionMail(requested());
      expect(text).toContain('Beste Fatima El Amrani,');
      expect(text).toContain(
        'Je hebt een verzoek om kennismaking ontvangen van Jan de Vries (gemeente Tilburg) over de uitdaging "Minder papier bij de Wmo-aanvraag".',
      );
      expect(text).toContain(
        'Bericht van Jan de Vries:\n> Hoi Fatima,\n> Jullie hebben dit in Breda opgelost.\n> Mag ik langskomen?',
      );
      expect(text).toContain(
        'Beantwoord het verzoek in Kennissen (respondToIntroduction, id intro-7f3a).',
      );
      expect(text).toContain('Met vriendelijke groet,\nKennissen');
      expect(text).not.toContain('http');
    });

    it('leaves out what the notice does not have', () => {
      const { text } = renderIntroductionMail(requested({ challengeTitle: null, message: null }));
      expect(text).toContain('ontvangen van Jan de Vries (gemeente Tilburg).');
      expect(text).not.toContain('uitdaging');
      expect(text).not.toContain('Bericht van');
    });
  });

  it('asks the acquaintance to pass the request on', () => {
    const { subject, text } = renderIntroductionMail(passOn());
    expect(subject).toBe('Wil je Jan de Vries voorstellen aan Fatima El Amrani?');
    expect(text).toContain('Beste Kees Bakker,');
    expect(text).toContain(
      'Je collega Jan de Vries (gemeente Tilburg) wil graag kennismaken met Fatima El Amrani',
    );
    expect(text).toContain('(myIntroductions, id intro-7f3a)');
    expect(text).not.toContain('respondToIntroduction');
  });

  it('tells the requester that the expert accepted, and how to complete', () => {
    const { subject, text } = renderIntroductionMail(answered());
    expect(subject).toBe('Je verzoek om kennismaking met Fatima El Amrani is geaccepteerd');
    expect(text).toContain('Beste Jan de Vries,');
    expect(text).toContain('Toelichting van Fatima El Amrani:\n> Graag, bel me maar.');
    expect(text).toContain('(completeIntroduction, id intro-7f3a)');
  });

  it('tells the requester that the expert declined', () => {
    const { subject, text } = renderIntroductionMail(
      answered({ answer: 'DECLINED', message: null }),
    );
    expect(subject).toBe('Je verzoek om kennismaking met Fatima El Amrani is afgewezen');
    expect(text).toContain('is afgewezen.');
    expect(text).not.toContain('completeIntroduction');
    expect(text).not.toContain('Toelichting');
  });

  it('tells the expert that the requester completed the introduction', () => {
    const { subject, text } = renderIntroductionMail(completed());
    expect(subject).toBe('Kennismaking met Jan de Vries afgerond');
    expect(text).toContain('Bedankt dat je je kennis hebt gedeeld.');
  });

  describe('with PUBLIC_URL', () => {
    it('links every kind to the introduction', () => {
      const options = { publicUrl: 'https://kennissen.tilburg.nl' };
      for (const notice of [requested(), passOn(), answered(), completed()]) {
        expect(renderIntroductionMail(notice, options).text).toContain(
          'Bekijk het verzoek: https://kennissen.tilburg.nl/#/introductions/intro-7f3a\n',
        );
      }
    });

    it('makes one slash of a trailing one and encodes the id', () => {
      const { text } = renderIntroductionMail(requested({ introductionId: 'a b/c' }), {
        publicUrl: 'https://intranet.breda.nl/kennissen/',
      });
      expect(text).toContain('https://intranet.breda.nl/kennissen/#/introductions/a%20b%2Fc');
    });
  });

  describe('against header injection', () => {
    const hostile = {
      counterpart: {
        name: 'Jan\r\nBcc: victim@example.org\r\n\r\nNep-inhoud',
        municipalityName: 'Tilburg\nX-Priority: 1',
      },
      expertName: 'Fatima\u2028To: other@example.org\u202E',
      challengeTitle: 'Titel\u0000\u0007\r\nmet stuurtekens',
      introductionId: 'intro-1\r\nSubject: nep',
    };

    it('keeps every subject on one line, without control characters', () => {
      for (const notice of [
        requested(hostile),
        passOn(hostile),
        answered(hostile),
        completed(hostile),
      ]) {
        const { subject } = renderIntroductionMail(notice);
        expect(subject).not.toMatch(UNSAFE);
        expect(subject).not.toMatch(/[\r\n]/);
      }
      expect(renderIntroductionMail(requested(hostile)).subject).toBe(
        'Verzoek om kennismaking van Jan Bcc: victim@example.org Nep-inhoud (Tilburg X-Priority: 1)',
      );
      expect(renderIntroductionMail(passOn(hostile)).subject).toBe(
        'Wil je Jan Bcc: victim@example.org Nep-inhoud voorstellen aan Fatima To: other@example.org?',
      );
    });

    it('keeps names, titles and ids on one line in the text, and only \\n as line ending', () => {
      const { text } = renderIntroductionMail(requested({ ...hostile, message: 'a\rb\u2029c' }), {
        publicUrl: 'https://kennissen.tilburg.nl',
      });
      expect(text).not.toMatch(/(?!\n)[\p{Cc}\u2028\u2029\u202E]/u);
      expect(text).toContain('"Titel met stuurtekens"');
      expect(text).toContain('id intro-1 Subject: nep)');
      expect(text).toContain('#/introductions/intro-1%20Subject%3A%20nep');
      expect(text).toContain('> a\n> b\n> c');
    });

    it('caps long names, the subject and the message', () => {
      const long = 'Wilhelmina '.repeat(100);
      const { subject, text } = renderIntroductionMail(
        requested({
          counterpart: { name: long, municipalityName: long },
          message: 'x'.repeat(10_000),
        }),
      );
      expect(Array.from(subject).length).toBeLessThanOrEqual(160);
      expect(subject.endsWith('…')).toBe(true);
      expect(text.length).toBeLessThan(3_500);
      expect(text).toContain(`> ${'x'.repeat(1_999)}…`);
    });

    it('cuts no character in half', () => {
      const { subject } = renderIntroductionMail(
        requested({ counterpart: { name: '🙂'.repeat(200), municipalityName: null } }),
      );
      expect(subject).toMatch(/^Verzoek om kennismaking van (🙂)+…$/u);
    });

    it('falls back to a neutral name when nothing printable is left', () => {
      const { subject, text } = renderIntroductionMail(
        requested({
          counterpart: { name: '\r\n', municipalityName: '\u0000' },
          recipient: { personId: 'p', name: ' ', email: 'x@y.nl' },
        }),
      );
      expect(subject).toBe('Verzoek om kennismaking van een collega');
      expect(text).toContain('Beste collega,');
    });
  });
});
