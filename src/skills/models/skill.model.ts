import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';

@ObjectType({
  description: 'A skill colleagues can have, named in Dutch, optionally linked to ESCO.',
})
export class Skill {
  @Field(() => ID, { description: 'Stable slug, e.g. "wmo-2015".' })
  id!: string;

  @Field({ description: 'Dutch name, unique across skills.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and abbreviations people search for.' })
  aliases!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Grouping, e.g. a theme such as "omgeving".',
  })
  category!: string | null;

  @Field(() => String, { nullable: true, description: 'The matching ESCO skill concept, if any.' })
  escoUri!: string | null;
}

export const SkillConnection = ConnectionType(Skill, 'Skill');
