import { Module } from '@nestjs/common';
import { ApiKeyVerifier } from '../common/request/api-key-verifier';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { ApiClientIssuer } from './api-client-issuer';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeyHasher } from './api-key-hasher';
import { ApiClientsResolver } from './api-clients.resolver';
import { ApiClientsService } from './api-clients.service';

/** API clients of intranets: keys created, listed and revoked, and recognised on requests. */
@Module({
  imports: [MunicipalitiesModule],
  providers: [
    ApiKeyHasher,
    ApiKeyAuthenticator,
    { provide: ApiKeyVerifier, useExisting: ApiKeyAuthenticator },
    ApiClientsService,
    ApiClientIssuer,
    ApiClientsResolver,
  ],
  exports: [ApiKeyVerifier],
})
export class ApiClientsModule {}
