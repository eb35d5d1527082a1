import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { type AppConfig } from '../../config/app-config';
import { PeopleModule } from '../../people/people.module';
import { PeopleService } from '../../people/people.service';
import { OidcPersonTokens } from './oidc-person-tokens';
import { oidcSettingsFrom } from './oidc-settings';
import { PersonTokens } from './person-tokens';
import { SignInDisabled } from './sign-in-disabled';
import { SigningKeys } from './signing-keys';
import { TokenVerifier } from './token-verifier';

/** People signing in with their municipality's identity provider; off while OIDC_ISSUER is unset. */
@Module({})
export class OidcModule {
  static forRoot(config: AppConfig): DynamicModule {
    const settings = oidcSettingsFrom(config);
    const provider = settings
      ? {
          provide: PersonTokens,
          inject: [PeopleService],
          useFactory: (people: PeopleService): PersonTokens => {
            new Logger('Oidc').log(
              `Sign-in on: issuer ${settings.issuer}, audience ${settings.audience}`,
            );
            const verifier = new TokenVerifier(settings, new SigningKeys(settings));
            return new OidcPersonTokens(settings, verifier, people);
          },
        }
      : { provide: PersonTokens, useValue: new SignInDisabled() };
    return {
      module: OidcModule,
      imports: [PeopleModule],
      providers: [provider],
      exports: [PersonTokens],
    };
  }
}
