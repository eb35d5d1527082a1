import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Audit } from '../audit/audit.decorator';
import { Access, Permission } from '../auth/access.decorator';
import { toChallenge } from '../challenges/challenges.mapper';
import { ChallengesService } from '../challenges/challenges.service';
import { Challenge } from '../challenges/models/challenge.model';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { type GraphqlContext } from '../common/request/graphql-context';
import { Person } from '../people/models/person.model';
import { toPerson } from '../people/people.mapper';
import { PeopleService } from '../people/people.service';
import {
  CompleteIntroductionArgs,
  MyIntroductionsArgs,
  RequestIntroductionArgs,
  RespondToIntroductionArgs,
} from './dto/introduction.args';
import { type IntroductionAnswer } from './introduction.record';
import { toIntroduction } from './introductions.mapper';
import { introductionSortKey } from './introductions.repository';
import { IntroductionsService } from './introductions.service';
import { Introduction, IntroductionConnection } from './models/introduction.model';

/**
 * The introduction workflow over GraphQL. Every step is taken by a person: the signed-in one,
 * or the one an API client or the administrator names in onBehalfOf (PROFILE: a signed-in
 * person, or a write credential for its own municipality's people).
 */
@Resolver(() => Introduction)
export class IntroductionsResolver {
  constructor(
    private readonly introductions: IntroductionsService,
    private readonly people: PeopleService,
    private readonly challenges: ChallengesService,
  ) {}

  @Mutation(() => Introduction, {
    description:
      'Asks to be put in touch with a colleague (PENDING until they answer), optionally about a challenge and through an acquaintance who passes it on.',
  })
  @Access(Permission.PROFILE)
  @Audit('Introduction')
  async requestIntroduction(
    @Args() { onBehalfOf, expertId, challengeId, message, via }: RequestIntroductionArgs,
    @Context() { caller }: GraphqlContext,
  ): Promise<Introduction> {
    // An explicit null (GraphQL clients send one for an empty variable) means none, as absent does.
    const record = await this.introductions.request(caller, onBehalfOf, {
      expertId,
      challengeId: challengeId ?? undefined,
      message,
      viaId: via ?? undefined,
    });
    return toIntroduction(record);
  }

  @Mutation(() => Introduction, {
    description: 'The expert accepts or declines a PENDING request, with an optional note.',
  })
  @Access(Permission.PROFILE)
  @Audit('Introduction')
  async respondToIntroduction(
    @Args() { onBehalfOf, id, answer, note }: RespondToIntroductionArgs,
    @Context() { caller }: GraphqlContext,
  ): Promise<Introduction> {
    const record = await this.introductions.respond(caller, onBehalfOf, id, {
      answer: answer as unknown as IntroductionAnswer,
      note: note ?? null,
    });
    return toIntroduction(record);
  }

  @Mutation(() => Introduction, {
    description:
      'The requester closes an ACCEPTED introduction, saying whether it helped (rating 1..5).',
  })
  @Access(Permission.PROFILE)
  @Audit('Introduction')
  async completeIntroduction(
    @Args() { onBehalfOf, id, helpful, rating, feedback }: CompleteIntroductionArgs,
    @Context() { caller }: GraphqlContext,
  ): Promise<Introduction> {
    const record = await this.introductions.complete(caller, onBehalfOf, id, {
      helpful,
      rating,
      feedback: feedback ?? null,
    });
    return toIntroduction(record);
  }

  @Query(() => IntroductionConnection, {
    description: 'Your introductions, newest first: requests you made, or requests to you.',
  })
  @Access(Permission.PROFILE)
  async myIntroductions(
    @Args() args: MyIntroductionsArgs,
    @Context() { caller }: GraphqlContext,
  ): Promise<Connection<Introduction>> {
    const page = await this.introductions.listMine(
      caller,
      args.onBehalfOf,
      args.direction,
      args.status,
      toPageRequest(args),
    );
    return toConnection(page, introductionSortKey, toIntroduction);
  }

  // The participants see each other: asking for an introduction shows the requester to the expert.
  @ResolveField(() => Person)
  async requester(
    @Parent() introduction: Introduction,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Person> {
    return this.person(loaders, introduction.requesterId);
  }

  @ResolveField(() => Person)
  async expert(
    @Parent() introduction: Introduction,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Person> {
    return this.person(loaders, introduction.expertId);
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: 'The acquaintance asked to pass the request on.',
  })
  async via(
    @Parent() introduction: Introduction,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Person | null> {
    return introduction.viaId === null ? null : this.person(loaders, introduction.viaId);
  }

  @ResolveField(() => Challenge, { nullable: true })
  async challenge(
    @Parent() introduction: Introduction,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Challenge | null> {
    if (introduction.challengeId === null) return null;
    const record = await this.challenges.byIdLoader(loaders).load(introduction.challengeId);
    return record && toChallenge(record);
  }

  private async person(loaders: RequestLoaders, id: string): Promise<Person> {
    const record = await this.people.byIdLoader(loaders).load(id);
    // Until erasure exists, a participant's node stays; missing means a broken graph.
    if (!record) throw new Error(`Person ${id} of an introduction is gone`);
    return toPerson(record);
  }
}
