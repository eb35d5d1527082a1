import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audit } from '../audit/audit.decorator';
import { Access, Permission } from '../auth/access.decorator';
import { type GraphqlContext } from '../common/request/graphql-context';
import { ErasePersonArgs, ExportMyDataArgs } from './dto/privacy.args';
import { ErasureResult, PersonalDataExport } from './models/privacy.model';
import { PrivacyService } from './privacy.service';

/** A person's rights over their data: the export (access) and the erasure. */
@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => PersonalDataExport, {
    description:
      'Everything stored about you across both stores, as JSON. Signed in: your own; an administrator names the person.',
  })
  @Access(Permission.PROFILE)
  async exportMyData(
    @Args() { personId }: ExportMyDataArgs,
    @Context() { caller }: GraphqlContext,
  ): Promise<PersonalDataExport> {
    const data = await this.privacy.export(caller, personId);
    return {
      personId: data.personId,
      generatedAt: new Date(data.generatedAt),
      json: JSON.stringify(data, null, 2),
    };
  }

  @Mutation(() => ErasureResult, {
    description:
      'Erases a person (yourself, or anyone for an administrator): the graph node and its relationships, their introductions anonymised, the audit log pseudonymised. Safe to repeat.',
  })
  @Access(Permission.PROFILE)
  @Audit('Person')
  erasePerson(
    @Args() { id }: ErasePersonArgs,
    @Context() { caller }: GraphqlContext,
  ): Promise<ErasureResult> {
    return this.privacy.erase(caller, id);
  }
}
