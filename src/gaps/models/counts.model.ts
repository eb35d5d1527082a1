import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A number of people in one municipality. Below K_ANONYMITY (but above zero) it is suppressed for callers without rights to that municipality: value null, suppressed true.',
})
export class ProtectedCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  value!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType({
  description:
    'A sum over municipalities of what the caller may know; complete is false when suppressed counts were left out, so the real number is higher.',
})
export class CountTotal {
  @Field(() => Int)
  known!: number;

  @Field()
  complete!: boolean;
}
