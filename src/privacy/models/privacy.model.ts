import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Everything Kennissen stores about one person (AVG/GDPR article 15).' })
export class PersonalDataExport {
  @Field(() => ID)
  personId!: string;

  @Field(() => Date)
  generatedAt!: Date;

  @Field({
    description:
      'The whole export as a JSON document (format "kennissen-personal-data/1"): profile, skills, experiences, acquaintances, HELPED, learning programmes, progress and wishes, introductions and audit records.',
  })
  json!: string;
}

@ObjectType({
  description:
    'What erasePerson did. Holds no personal data: `reference` is what the audit log says instead of the id.',
})
export class ErasureResult {
  @Field({ description: 'The pseudonym that replaces the person id in the audit log.' })
  reference!: string;

  @Field({ description: 'False when the graph no longer held the person (erased before).' })
  removedFromGraph!: boolean;

  @Field(() => Int)
  introductionsAnonymised!: number;

  @Field(() => Int)
  auditRecordsPseudonymised!: number;

  @Field(() => Int)
  outboxEventsScrubbed!: number;
}
