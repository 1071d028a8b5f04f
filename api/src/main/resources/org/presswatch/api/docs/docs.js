// The API reference page: Swagger UI reading the API's OpenAPI document. A file of its own, not a
// script in the page, because the page's Content-Security-Policy runs no inline script.
'use strict';

const DOCUMENT = '/api/v1/openapi.json';
const SAFE_METHODS = ['GET', 'HEAD'];

/**
 * Adds the session's CSRF token to a request that changes something, when the browser is signed
 * in and the request carries no API token: the API refuses such a request without it. The token
 * is asked for each time, since signing in or out through this page changes it.
 */
async function withCsrfToken(request) {
  const method = (request.method || 'GET').toUpperCase();
  if (SAFE_METHODS.includes(method) || request.headers.Authorization) {
    return request;
  }
  try {
    const session = await fetch('/api/v1/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (session.ok) {
      const token = (await session.json()).csrf_token;
      if (token) {
        request.headers['X-CSRF-Token'] = token;
      }
    }
  } catch (e) {
    // not signed in, or the server is away: the request goes as it is, and its answer says why
  }
  return request;
}

window.addEventListener('DOMContentLoaded', () => {
  window.ui = SwaggerUIBundle({
    url: DOCUMENT,
    dom_id: '#swagger-ui',
    deepLinking: true,
    // the document is checked in the build; no request leaves for a validator elsewhere
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    displayOperationId: false,
    tryItOutEnabled: false,
    withCredentials: true,
    requestInterceptor: withCsrfToken,
  });
});
