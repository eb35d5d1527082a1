import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApiClientsModule } from './api-clients/api-clients.module';
import { AuditModule } from './audit/audit.module';
import { ApiKeyVerifier } from './common/request/api-key-verifier';
import { AccessGuard } from './auth/access.guard';
import { OidcModule } from './auth/oidc/oidc.module';
import { PersonTokens } from './auth/oidc/person-tokens';
import { appValidationPipe } from './common/validation/validation.pipe';
import { type AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ChallengesModule } from './challenges/challenges.module';
import { CollaborationsModule } from './collaborations/collaborations.module';
import { ExperiencesModule } from './experiences/experiences.module';
import { GraphStoreModule } from './graph-store/graph-store.module';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthModule } from './health/health.module';
import { GapsModule } from './gaps/gaps.module';
import { MatchingModule } from './matching/matching.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { IntroductionsModule } from './introductions/introductions.module';
import { LearningModule } from './learning/learning.module';
import { LoggingModule } from './logging/logging.module';
import { ObservabilityModule } from './observability/observability.module';
import { OutboxModule } from './outbox/outbox.module';
import { PrivacyModule } from './privacy/privacy.module';
import { PeopleModule } from './people/people.module';
import { SkillsModule } from './skills/skills.module';
import { RelationalModule } from './relational/relational.module';
import { SearchModule } from './search/search.module';
import { RequestRateLimiter } from './security/rate-limit';
import { RateLimitModule } from './security/rate-limit.module';
import { ShutdownModule } from './shutdown/shutdown.module';
import { StartupModule } from './startup/startup.module';

/** The whole service, built from one validated configuration. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        ObservabilityModule.forRoot(config),
        GraphStoreModule.forRoot(config),
        RelationalModule.forRoot(config),
        OutboxModule,
        ShutdownModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [ApiClientsModule, OidcModule.forRoot(config), RateLimitModule],
          inject: [ApiKeyVerifier, PersonTokens, RequestRateLimiter],
          useFactory: (
            apiKeys: ApiKeyVerifier,
            personTokens: PersonTokens,
            rateLimiter: RequestRateLimiter,
          ) => graphqlOptions(config, { apiKeys, personTokens }, rateLimiter),
        }),
        MunicipalitiesModule,
        SkillsModule,
        PeopleModule,
        CollaborationsModule,
        ChallengesModule,
        ExperiencesModule,
        IntroductionsModule,
        PrivacyModule,
        MatchingModule,
        GapsModule.forRoot(config),
        LearningModule.forRoot(),
        SearchModule,
        StartupModule,
        AuditModule,
        ApiClientsModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_PIPE, useValue: appValidationPipe },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}
