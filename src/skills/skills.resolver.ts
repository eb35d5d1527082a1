import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audit } from '../audit/audit.decorator';
import { Access, Permission } from '../auth/access.decorator';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { SkillInput } from './dto/skill.input';
import { SkillArgs, SkillsArgs } from './dto/skills.args';
import { Skill, SkillConnection } from './models/skill.model';
import { toSkill } from './skills.mapper';
import { skillSortKey } from './skills.repository';
import { SkillsService } from './skills.service';

@Resolver(() => Skill)
export class SkillsResolver {
  constructor(private readonly service: SkillsService) {}

  @Query(() => Skill, { nullable: true, description: 'One skill by id.' })
  @Access(Permission.READ)
  async skill(@Args() { id }: SkillArgs): Promise<Skill | null> {
    const record = await this.service.findById(id);
    return record && toSkill(record);
  }

  @Query(() => SkillConnection, {
    description: 'Skills by name; search matches names and aliases.',
  })
  @Access(Permission.READ)
  async skills(@Args() args: SkillsArgs): Promise<Connection<Skill>> {
    const page = await this.service.list({ search: args.search }, toPageRequest(args));
    return toConnection(page, skillSortKey, toSkill);
  }

  @Mutation(() => Skill, {
    description:
      'Creates or updates a skill. Without an id the id is the slug of the name ("Financiën" → "financien").',
  })
  @Access(Permission.ADMIN)
  @Audit('Skill')
  async upsertSkill(@Args('input') input: SkillInput): Promise<Skill> {
    return toSkill(await this.service.upsert(input));
  }
}
