// The client of presswatch's HTTP API (/api/v1): each call resolves to the JSON answer, or fails
// with the server's message.

async function get(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.message || response.statusText);
  return body;
}

const part = id => encodeURIComponent(id);

/** @param params URLSearchParams of the search (q, filters, limit, offset) */
export const searchArticles = params => get('/api/v1/articles?' + params);
export const article = id => get('/api/v1/articles/' + part(id));
export const libraryEntry = id => get('/api/v1/library/' + part(id));
/** The newest alerts, each with the articles it cites. */
export const alerts = limit => get('/api/v1/alerts?limit=' + limit);
export const health = () => get('/api/v1/health');
export const provinces = () => get('/api/v1/provinces').then(r => r.provinces);
export const topics = () => get('/api/v1/topics').then(r => r.topics);
