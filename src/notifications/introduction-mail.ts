import { oneLine, textBlock } from './mail-text';
import { type Counterpart, type IntroductionNotice } from './notification';

/** A notice as a plain-text mail in Dutch. */
export interface IntroductionMail {
  readonly subject: string;
  readonly text: string;
}

export interface MailOptions {
  /** Where people open Kennissen (PUBLIC_URL); with it, the mail links to the introduction. */
  readonly publicUrl?: string;
}

const NAME_MAX = 80;
const TITLE_MAX = 150;
const SUBJECT_MAX = 160;
const MESSAGE_MAX = 2000;
const ID_MAX = 100;

const CLOSING = [
  'Met vriendelijke groet,',
  'Kennissen',
  '',
  'Dit bericht is automatisch verstuurd; een antwoord op deze e-mail wordt niet gelezen.',
].join('\n');

/** Every piece of the notice that comes from people, made safe once. */
interface Parts {
  readonly recipient: string;
  readonly name: string;
  /** "<name> (gemeente <municipality>)", or only the name. */
  readonly who: string;
  readonly municipality: string | null;
  /** ' over de uitdaging "<title>"', or nothing. */
  readonly about: string;
  readonly id: string;
  readonly message: string | null;
  readonly link: string | null;
}

/** Renders a notice in Dutch; pure, so the relay can show exactly what was sent. */
export function renderIntroductionMail(
  notice: IntroductionNotice,
  options: MailOptions = {},
): IntroductionMail {
  const parts = partsOf(notice, options);
  const { name, who, about, id, message } = parts;
  switch (notice.kind) {
    case 'INTRODUCTION_REQUESTED':
      return mail(
        parts.municipality
          ? `Verzoek om kennismaking van ${name} (${parts.municipality})`
          : `Verzoek om kennismaking van ${name}`,
        parts,
        `Je hebt een verzoek om kennismaking ontvangen van ${who}${about}.`,
        quoted(`Bericht van ${name}:`, message),
        `Beantwoord het verzoek in Kennissen (respondToIntroduction, id ${id}).`,
      );
    case 'INTRODUCTION_PASS_ON': {
      const expert = personName(notice.expertName);
      return mail(
        `Wil je ${name} voorstellen aan ${expert}?`,
        parts,
        `Je collega ${who} wil graag kennismaken met ${expert}${about}, en noemde jou als iemand die hen allebei kent. Wil je hen aan elkaar voorstellen?`,
        quoted(`Bericht van ${name}:`, message),
        `Het antwoord komt van ${expert} zelf; je vindt het verzoek in Kennissen bij je introducties (myIntroductions, id ${id}).`,
      );
    }
    case 'INTRODUCTION_ANSWERED':
      return notice.answer === 'ACCEPTED'
        ? mail(
            `Je verzoek om kennismaking met ${name} is geaccepteerd`,
            parts,
            `Goed nieuws: je verzoek om kennismaking met ${who}${about} is geaccepteerd.`,
            quoted(`Toelichting van ${name}:`, message),
            `Neem contact op om een afspraak te maken. Rond de kennismaking daarna af in Kennissen (completeIntroduction, id ${id}); zo weten we of ze heeft geholpen.`,
          )
        : mail(
            `Je verzoek om kennismaking met ${name} is afgewezen`,
            parts,
            `Je verzoek om kennismaking met ${who}${about} is afgewezen.`,
            quoted(`Toelichting van ${name}:`, message),
            `Misschien kan een van de andere collega's die Kennissen je aanbeval je verder helpen. Het verzoek vind je in Kennissen bij je introducties (myIntroductions, id ${id}).`,
          );
    case 'INTRODUCTION_COMPLETED':
      return mail(
        `Kennismaking met ${name} afgerond`,
        parts,
        `Je kennismaking met ${who}${about} is afgerond. Bedankt dat je je kennis hebt gedeeld.`,
        quoted(`Reactie van ${name}:`, message),
        `Je vindt de kennismaking in Kennissen bij je introducties (myIntroductions, id ${id}).`,
      );
  }
}

function partsOf(notice: IntroductionNotice, options: MailOptions): Parts {
  const name = personName(notice.counterpart.name);
  const municipality = municipalityOf(notice.counterpart);
  const title = notice.challengeTitle === null ? '' : oneLine(notice.challengeTitle, TITLE_MAX);
  const id = oneLine(notice.introductionId, ID_MAX);
  const message = notice.message === null ? '' : textBlock(notice.message, MESSAGE_MAX);
  return {
    recipient: oneLine(notice.recipient.name, NAME_MAX) || 'collega',
    name,
    who: municipality ? `${name} (gemeente ${municipality})` : name,
    municipality,
    about: title ? ` over de uitdaging "${title}"` : '',
    id,
    message: message || null,
    link: options.publicUrl ? linkTo(options.publicUrl, id) : null,
  };
}

function mail(subject: string, parts: Parts, ...paragraphs: (string | null)[]): IntroductionMail {
  // Each piece is one line already; the subject as a whole is made one line and capped again.
  const body = [
    `Beste ${parts.recipient},`,
    ...paragraphs,
    parts.link && `Bekijk het verzoek: ${parts.link}`,
    CLOSING,
  ];
  return {
    subject: oneLine(subject, SUBJECT_MAX),
    text: `${body.filter((paragraph) => !!paragraph).join('\n\n')}\n`,
  };
}

/** A person's message, quoted line by line so it reads as theirs and not as ours. */
function quoted(heading: string, message: string | null): string | null {
  if (message === null) return null;
  const lines = message.split('\n').map((line) => (line === '' ? '>' : `> ${line}`));
  return [heading, ...lines].join('\n');
}

function personName(name: string): string {
  return oneLine(name, NAME_MAX) || 'een collega';
}

function municipalityOf(counterpart: Counterpart): string | null {
  return counterpart.municipalityName === null
    ? null
    : oneLine(counterpart.municipalityName, NAME_MAX) || null;
}

function linkTo(publicUrl: string, id: string): string {
  const base = oneLine(publicUrl, 500).replace(/\/+$/, '');
  return `${base}/#/introductions/${encodeURIComponent(id)}`;
}
