// A real OpenID provider for the browser tests (panva's oidc-provider, the certified library),
// in a process of its own because it is an ES module. It signs people in with its development
// login page: the user name is the Kennissen person id, and a name starting with "hr:" also
// gets the HR role (e.g. "hr:demo-person-7"). Access tokens are JWTs for the audience
// KENNISSEN_AUDIENCE carrying kennissen_person_id and roles, as a municipality's provider would
// issue them. Prints "listening <issuer>" when it is ready.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const audience = process.env.KENNISSEN_AUDIENCE ?? 'kennissen-test';
const clientId = process.env.KENNISSEN_CLIENT_ID ?? 'kennissen-web';
const redirectUri = process.env.KENNISSEN_REDIRECT_URI; // the page, e.g. http://127.0.0.1:1234/
const resource = 'urn:kennissen';

/** "hr:demo-person-7" → the person and their roles. */
function accountOf(login) {
  const hr = login.startsWith('hr:');
  const personId = hr ? login.slice(3) : login;
  return { personId, roles: hr ? ['kennissen.hr'] : [] };
}

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      token_endpoint_auth_method: 'none',
      redirect_uris: [redirectUri],
      post_logout_redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  cookies: { keys: ['kennissen-browser-tests-only'] },
  scopes: ['openid', 'profile', 'kennissen'],
  claims: { openid: ['sub'], profile: ['name'] },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => resource,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'kennissen',
        audience,
        accessTokenFormat: 'jwt',
        accessTokenTTL: 3600,
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  // The tests sign in as different people one after another: no consent screen in between.
  async loadExistingGrant(ctx) {
    const existing =
      ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid profile kennissen');
    grant.addResourceScope(resource, 'kennissen');
    await grant.save();
    return grant;
  },
  async findAccount(_ctx, login) {
    return {
      accountId: login,
      claims: () => ({ sub: login, name: `Test ${accountOf(login).personId}` }),
    };
  },
  async extraTokenClaims(_ctx, token) {
    if (token.kind !== 'AccessToken') return undefined;
    const { personId, roles } = accountOf(token.accountId);
    return { kennissen_person_id: personId, roles };
  },
  rotateRefreshToken: false,
});
provider.proxy = false;

server.on('request', provider.callback());
process.stdout.write(`listening ${issuer}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
