import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Person } from '../../people/models/person.model';
import { Skill } from '../../skills/models/skill.model';

@ObjectType({ description: 'A person searchPeople found, with how well and why.' })
export class PersonHit {
  @Field(() => Person)
  person!: Person;

  @Field(() => Float, {
    description:
      'Relevance from 0 to 1 (text match and matching skills); orders the hits of one answer, not comparable across queries.',
  })
  score!: number;

  @Field(() => [Skill], {
    description: "The person's skills whose name or an alias matched the query, strongest first.",
  })
  matchedSkills!: Skill[];
}
