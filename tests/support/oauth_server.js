// oauth2-mock-server (tests/peers) as the OAuth 2 authorisation server of
// tests/tst_oauth: a real code flow with PKCE, and refresh tokens that are
// rotated on each use and can be revoked — a line "revoke" on stdin revokes
// every one, after which a refresh answers invalid_grant.
// Usage: node oauth_server.js PORT [ACCESS_TOKEN_SECONDS]
'use strict';
const { OAuth2Server } = require('oauth2-mock-server');

const port = Number(process.argv[2]);
const ttl = Number(process.argv[3] || 3600);
const live = new Set();

async function main() {
  const server = new OAuth2Server();
  server.service.on('beforeResponse', (response, req) => {
    const body = req.body || {};
    const fail = (status, error, description) => {
      response.statusCode = status;
      response.body = { error, error_description: description };
    };
    if (!body.client_id) return fail(401, 'invalid_client', 'client_id is missing');
    if (body.grant_type === 'authorization_code' && !body.code_verifier)
      return fail(400, 'invalid_request', 'PKCE is required: code_verifier is missing');
    if (body.grant_type === 'refresh_token') {
      if (!live.has(body.refresh_token)) return fail(400, 'invalid_grant', 'The refresh token is invalid or revoked.');
      live.delete(body.refresh_token); // rotated: each refresh token works once
    }
    if (response.body.refresh_token) live.add(response.body.refresh_token);
    response.body.expires_in = ttl;
    process.stdout.write(`grant ${body.grant_type}\n`);
  });
  await server.issuer.keys.generate('RS256');
  await server.start(port, '127.0.0.1');
  process.stdout.write('ready\n');
  process.stdin.on('data', (data) => {
    if (String(data).includes('revoke')) {
      live.clear();
      process.stdout.write('revoked\n');
    }
  });
  process.stdin.on('end', () => process.exit(0));
}

main().catch((e) => {
  process.stderr.write(String(e) + '\n');
  process.exit(1);
});
