import { type PersonFilterInput } from './dto/person-filter.input';
import { type Person } from './models/person.model';
import { type PersonFilter, type PersonRecord } from './person.record';

export const toPerson = (record: PersonRecord): Person => ({
  id: record.id,
  name: record.name,
  email: record.email,
  title: record.title,
  bio: record.bio,
  availability: record.availability,
  visibility: record.visibility,
  department: record.department,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
  municipalityCode: record.municipalityCode,
});

/** GraphQL filter → store filter; a null field means the same as a missing one. */
export const toPersonFilter = (input: PersonFilterInput | null | undefined): PersonFilter => ({
  municipalityCode: input?.municipalityCode ?? undefined,
  skillId: input?.skillId ?? undefined,
  minLevel: input?.minLevel ?? undefined,
  availability: input?.availability ?? undefined,
  text: input?.text ?? undefined,
});
