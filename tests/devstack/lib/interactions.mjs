// Login and consent pages of the devstack's identity service. Plain HTML forms, so a person in a
// browser and the headless bin/signin helper go through the same steps. The password is really
// checked; consent can be denied (the provider then redirects with error=access_denied).
import { checkPassword } from './accounts.mjs';
import { escapeHtml as esc, readForm, HttpError } from './util.mjs';

function page(res, status, title, body) {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="referrer" content="no-referrer">
<style>body{font-family:sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin:.6rem 0}input{display:block;width:100%;padding:.3rem}
button{margin:.6rem .4rem 0 0;padding:.4rem 1rem}.error{color:#b00020}form{display:inline-block}</style></head>
<body><h1>${esc(title)}</h1>
${body}
</body></html>`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    // No form-action: browsers apply it to the redirect chain after the POST too, which ends at
    // the app's loopback port (another origin) and would be blocked.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(html);
}

// `data-prompt` lets bin/signin tell the pages apart without scraping prose.
function loginPage(res, uid, { error = '', login = '' } = {}) {
  page(res, 200, 'Figestió — sign in', `
${error ? `<p class="error" data-error="1">${esc(error)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}/login" data-prompt="login">
  <label>User <input name="login" value="${esc(login)}" autocomplete="username" required></label>
  <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
  <button type="submit">Sign in</button>
</form>
<form method="post" action="/interaction/${esc(uid)}/abort" data-prompt="cancel">
  <button type="submit">Cancel</button>
</form>`);
}

function consentPage(res, uid, { clientId, scope, user }) {
  page(res, 200, 'Figestió — allow access', `
<p>${esc(user)}: allow <b>${esc(clientId)}</b> to use your Figestió account (${esc(scope)})?</p>
<form method="post" action="/interaction/${esc(uid)}/confirm" data-prompt="consent">
  <button type="submit">Allow</button>
</form>
<form method="post" action="/interaction/${esc(uid)}/abort" data-prompt="deny">
  <button type="submit">Deny</button>
</form>`);
}

/** Returns a handler for `/interaction/:uid[/login|/confirm|/abort]`, or null when the path is not one. */
export function createInteractions(provider) {
  return async function handle(req, res, pathname) {
    const m = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|confirm|abort))?$/.exec(pathname);
    if (!m) throw new HttpError(404, 'not_found', 'no such interaction page');
    const [, uid, action] = m;
    const expectedMethod = action ? 'POST' : 'GET';
    if (req.method !== expectedMethod) throw new HttpError(405, 'method_not_allowed', `use ${expectedMethod}`);

    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      throw new HttpError(400, 'interaction_expired', 'this sign-in attempt has expired; start again from the app');
    }
    if (details.uid !== uid) throw new HttpError(400, 'interaction_mismatch', 'interaction does not match the cookie');
    const { prompt, params, session } = details;

    if (!action) {
      if (prompt.name === 'login') return loginPage(res, uid);
      return consentPage(res, uid, { clientId: params.client_id, scope: params.scope, user: session?.accountId });
    }

    if (action === 'abort') {
      return provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'End-User denied the request',
      }, { mergeWithLastSubmission: false });
    }

    if (action === 'login') {
      if (prompt.name !== 'login') throw new HttpError(400, 'wrong_prompt', 'not a login step');
      const form = await readForm(req);
      const login = form.get('login') ?? '';
      const user = checkPassword(login, form.get('password') ?? '');
      if (!user) return loginPage(res, uid, { error: 'Wrong user name or password.', login });
      return provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
    }

    // action === 'confirm'
    if (prompt.name !== 'consent') throw new HttpError(400, 'wrong_prompt', 'not a consent step');
    await readForm(req);
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    const missing = prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  };
}
