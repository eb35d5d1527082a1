import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphqlContext } from '../graphql/graphql-context';
import { Municipality } from '../municipalities/models/municipality.model';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { toMunicipality } from '../municipalities/municipalities.resolver';
import { Person } from './models/person.model';
import { PersonSkill } from './models/person-skill.model';
import { toPerson } from './people.mapper';
import { PeopleService } from './people.service';

/** The nested fields of Person, each batched per request. */
@Resolver(() => Person)
export class PersonFieldsResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly municipalities: MunicipalitiesService,
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
    return skills.map(({ skillId, level }) => ({ skillId, level }));
  }

  @ResolveField(() => [Person], { description: 'Acquaintances ("kennissen"), by name.' })
  async acquaintances(
    @Parent() person: Person,
    @Context() { loaders }: GraphqlContext,
  ): Promise<Person[]> {
    const records = await this.people.acquaintancesLoader(loaders).load(person.id);
    return records.map(toPerson);
  }
}
