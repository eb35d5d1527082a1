import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphqlContext } from '../common/request/graphql-context';
import { Skill } from '../skills/models/skill.model';
import { toSkill } from '../skills/skills.mapper';
import { SkillsService } from '../skills/skills.service';
import { PersonSkill } from './models/person-skill.model';

@Resolver(() => PersonSkill)
export class PersonSkillResolver {
  constructor(private readonly skills: SkillsService) {}

  @ResolveField(() => Skill)
  async skill(
    @Parent() personSkill: PersonSkill,
    @Context() { loaders }: GraphqlContext,
  ): Promise<Skill> {
    const record = await this.skills.byIdLoader(loaders).load(personSkill.skillId);
    // HAS_SKILL always points at an existing skill; a null here is a broken graph.
    if (!record) throw new Error(`HAS_SKILL points at unknown skill ${personSkill.skillId}`);
    return toSkill(record);
  }
}
