import { PERSON_FIELDS, type PersonSummary, type ProgrammeStatus, type Runner } from './common';

/** One programme with everything the coordinator's view shows (only the people you may see). */
export const PROGRAMME = `
  query Programme($programmeId: ID!) {
    learningProgramme(programmeId: $programmeId) {
      id title goal theme status startDate endDate createdAt updatedAt
      collaboration { id name }
      municipality { code name }
      coordinator { ${PERSON_FIELDS} }
      skills { targetLevel skill { id name } }
      challenges { id title status municipality { code name } }
      participants { since circle person { ${PERSON_FIELDS} } mentor { id name } }
      mentors { since person { ${PERSON_FIELDS} } }
      circles {
        number averageLevel municipalityCount explanation
        members { ${PERSON_FIELDS} }
      }
      progress {
        id levelBefore levelAfter note outcome recordedAt
        person { id name }
        skill { id name }
        challenge { id title }
      }
    }
  }
`;

export interface ProgrammeSkill {
  readonly targetLevel: number;
  readonly skill: { readonly id: string; readonly name: string };
}

export interface Participant {
  readonly since: string;
  readonly circle: number | null;
  readonly person: PersonSummary;
  readonly mentor: { readonly id: string; readonly name: string } | null;
}

export interface Mentor {
  readonly since: string;
  readonly person: PersonSummary;
}

export interface Circle {
  readonly number: number;
  readonly averageLevel: number;
  readonly municipalityCount: number;
  readonly explanation: string;
  readonly members: readonly PersonSummary[];
}

export interface Progress {
  readonly id: string;
  readonly levelBefore: number;
  readonly levelAfter: number;
  readonly note: string | null;
  readonly outcome: string | null;
  readonly recordedAt: string;
  readonly person: { readonly id: string; readonly name: string };
  readonly skill: { readonly id: string; readonly name: string };
  readonly challenge: { readonly id: string; readonly title: string } | null;
}

export interface Programme extends Runner {
  readonly id: string;
  readonly title: string;
  readonly goal: string | null;
  readonly theme: string | null;
  readonly status: ProgrammeStatus;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly coordinator: PersonSummary | null;
  readonly skills: readonly ProgrammeSkill[];
  readonly challenges: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly status: string;
    readonly municipality: { readonly code: string; readonly name: string };
  }>;
  readonly participants: readonly Participant[];
  readonly mentors: readonly Mentor[];
  readonly circles: readonly Circle[];
  readonly progress: readonly Progress[];
}

/** What every section of a programme gets: the programme, and a way to show its new state. */
export interface SectionProps {
  readonly programme: Programme;
  /** Asks the programme again after a change. */
  readonly onChanged: () => void;
}
