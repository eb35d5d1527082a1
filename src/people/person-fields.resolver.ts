import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphqlContext } from '../common/request/graphql-context';
import { Municipality } from '../municipalities/models/municipality.model';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { toMunicipality } from '../municipalities/municipalities.resolver';
import { Person } from './models/person.model';
import { PersonSkill } from './models/person-skill.model';
import { toPerson } from './people.mapper';
import { PeopleService } from './people.service';
import { ViewpointService } from '../viewpoint/viewpoint.service';
import { SkillsService } from '../skills/skills.service';
import { isAuthenticated } from '../common/request/caller';

/** The nested fields of Person, each batched per request. */
@Resolver(() => Person)
export class PersonFieldsResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly municipalities: MunicipalitiesService,
    private readonly viewpoints: ViewpointService,
    private readonly skillCatalogue: SkillsService,
  ) {}

  @ResolveField(() => Municipality, { description: 'Where the person works.' })
  async municipality(
    @Parent() person: Person,
    @Context() { loaders }: GraphqlContext,
  ): Promise<Municipality> {
    const record = await this.municipalities.byCodeLoader(loaders).load(person.municipalityCode);
    // WORKS_AT always points at an existing municipality; a null here is a broken graph.
    if (!record)
      throw new Error(
        `Person ${person.id} works at unknown municipality ${person.municipalityCode}`,
      );
    return toMunicipality(record);
  }

  @ResolveField(() => [PersonSkill], { description: 'Skills, highest level first.' })
  async skills(
    @Parent() person: Person,
    @Context() { loaders }: GraphqlContext,
  ): Promise<PersonSkill[]> {
    const skills = await this.people.skillsLoader(loaders).load(person.id);
    // The records came with the levels: PersonSkill.skill then reads nothing more.
    const skillLoader = this.skillCatalogue.byIdLoader(loaders);
    for (const { skill } of skills) skillLoader.prime(skill.id, skill);
    return skills.map(({ skillId, level }) => ({ skillId, level }));
  }

  @ResolveField(() => [Person], {
    description: 'Acquaintances ("kennissen") whose visibility reaches the caller, by name.',
  })
  async acquaintances(
    @Parent() person: Person,
    @Context() context: GraphqlContext,
  ): Promise<Person[]> {
    const viewpoint = await this.viewpoints.of(context);
    const records = await this.people.visibleAcquaintances(context.loaders, person.id, viewpoint);
    return records.map(toPerson);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Work email address; only for callers with credentials (null for anonymous readers).',
  })
  email(@Parent() person: Person, @Context() { caller }: GraphqlContext): string | null {
    return isAuthenticated(caller) ? person.email : null;
  }
}
