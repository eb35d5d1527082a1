import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard } from './auth/access.guard';
import { appValidationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config';
import { GraphStoreModule } from './graph-store/graph-store.module';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { StartupModule } from './startup/startup.module';

/** The whole service, built from one validated configuration. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        GraphStoreModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(config),
        }),
        MunicipalitiesModule,
        StartupModule,
      ],
      providers: [
        { provide: APP_PIPE, useValue: appValidationPipe },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}

/** Makes the validated AppConfig injectable everywhere. */
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
