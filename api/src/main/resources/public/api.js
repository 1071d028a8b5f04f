// The client of presswatch's HTTP API (/api/v1): each call resolves to the JSON answer, or fails
// with an ApiError carrying the server's error code, so that the page can say it in the user's
// language. The browser proves who it is with the session cookie (HttpOnly: this script never
// sees it); a request that changes anything also sends the session's CSRF token, which the
// cookie alone cannot supply, so that another site cannot act in the officer's name.

const SESSION = '/api/v1/session';

/** An answer other than 2xx: the HTTP status, the API's stable code, its (English) message. */
export class ApiError extends Error {
  /** @param retryAfter seconds to wait, from Retry-After (429), or null */
  constructor(status, code, message, retryAfter = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

let csrfToken = null;
let sessionEnded = () => {};

/** Called with the error when a request is refused for want of a session: it expired, or ended elsewhere. */
export function onSessionEnded(handler) {
  sessionEnded = handler;
}

/**
 * @param body an object sent as JSON, or undefined for none
 * @param ownUnauthorized true when the caller handles a 401 itself (signing in, asking who is signed in)
 */
async function call(method, path, body, ownUnauthorized = false) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, 'network', e.message);
  }
  if (response.status === 204) return null;
  // a proxy's error page is not JSON: the status still says what happened
  const answer = await response.json().catch(() => ({}));
  if (response.ok) return answer;
  const retryAfter = Number.parseInt(response.headers.get('Retry-After'), 10);
  const error = new ApiError(response.status, answer.error || `http_${response.status}`, answer.message || response.statusText,
    Number.isFinite(retryAfter) ? retryAfter : null);
  if (response.status === 401 && !ownUnauthorized) sessionEnded(error);
  throw error;
}

const get = path => call('GET', path);
const part = id => encodeURIComponent(id);

/** Who is signed in, or an ApiError of status 401 when nobody is. */
export async function session() {
  const who = await call('GET', SESSION, undefined, true);
  csrfToken = who.csrf_token;
  return who;
}

export async function signIn(name, password) {
  const who = await call('POST', SESSION, { name, password }, true);
  csrfToken = who.csrf_token;
  return who;
}

/** Ends the session on the server; forgets its CSRF token whatever the answer. */
export async function signOut() {
  try {
    await call('DELETE', SESSION, undefined, true);
  } finally {
    csrfToken = null;
  }
}

/** @param params URLSearchParams of the search (q, filters, limit, offset) */
export const searchArticles = params => get('/api/v1/articles?' + params);
export const article = id => get('/api/v1/articles/' + part(id));
export const libraryEntry = id => get('/api/v1/library/' + part(id));
/** The newest alerts, each with the articles it cites. */
export const alerts = limit => get('/api/v1/alerts?limit=' + limit);
export const health = () => get('/api/v1/health');
export const provinces = () => get('/api/v1/provinces').then(r => r.provinces);
export const topics = () => get('/api/v1/topics').then(r => r.topics);

export const tokens = () => get('/api/v1/tokens').then(r => r.tokens);
/** @returns {token, secret}: the secret is never given again */
export const createToken = (label, scope, days) => call('POST', '/api/v1/tokens', { label, scope, expires_in_days: days });
export const revokeToken = id => call('DELETE', '/api/v1/tokens/' + part(id));

export const users = () => get('/api/v1/users').then(r => r.users);
export const addUser = (name, role, provinces, password) => call('POST', '/api/v1/users', { name, role, provinces, password });
/** @param change the fields that change: role, provinces, enabled */
export const changeUser = (name, change) => call('PATCH', '/api/v1/users/' + part(name), change);
export const setPassword = (name, password) => call('PUT', '/api/v1/users/' + part(name) + '/password', { password });
