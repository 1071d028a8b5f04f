// The result list: one page of articles for the search, the pager, and the facets of the search.
import * as api from './api.js';
import { articleLink } from './detail.js';
import { $, el, snippetNodes } from './dom.js';
import { facets } from './facets.js';
import { errorText, languageName, percent, t, when } from './i18n.js';
import { PAGE, remember, searchParams, state, topicName } from './state.js';

function hit(a) {
  return el('div', { class: 'hit' },
    el('h2', {}, articleLink(a.id, a.title)),
    el('div', { class: 'meta' },
      el('span', { class: 'badge' + (a.source.domestic ? '' : ' foreign') }, a.source.domestic ? t().domestic : t().foreign),
      `${a.source.name} · ${languageName(a.language)} · ${when(a.published)} `,
      a.topics.map(x => el('span', { class: 'badge topic' }, `${topicName(x.id)} ${percent(x.score)}%`)),
      a.provinces.map(p => el('span', { class: 'badge' }, p.name)),
      a.claims.length ? el('span', { class: 'badge claim', title: a.claims.map(c => c.title || c.entry).join(' · ') }, t().claimBadge) : []),
    el('p', { class: 'snippet' }, snippetNodes(a.snippet)));
}

function pager(total) {
  if (total <= PAGE) return '';
  const go = delta => () => { state.offset = Math.max(0, state.offset + delta); search(); };
  return el('div', { class: 'pager' },
    el('button', { type: 'button', disabled: state.offset === 0 ? '' : null, on: { click: go(-PAGE) } }, t().prev),
    `${state.offset + 1}–${Math.min(total, state.offset + PAGE)} / ${total}`,
    el('button', { type: 'button', disabled: state.offset + PAGE >= total ? '' : null, on: { click: go(PAGE) } }, t().next));
}

/** Runs the search the form describes and shows its page, and writes the search to the URL. */
export async function search() {
  const results = $('results');
  try {
    const params = searchParams();
    const page = await api.searchArticles(params);
    remember(params);
    results.replaceChildren(el('p', { class: 'meta' }, t().results(page.total)), ...page.articles.map(hit),
      page.total === 0 ? el('p', { class: 'empty' }, t().none) : '', pager(page.total));
    facets(page.facets, searchFromStart);
  } catch (e) {
    // a session that ended shows the sign-in page instead
    if (e.status === 401) return;
    // a search that cannot be read is said in the user's words, never in the server's English
    results.replaceChildren(el('p', { class: 'empty', id: 'search-error', 'data-error': e.code || '' }, errorText(e)));
  }
}

/** A new search, or a narrower one: from its first page. */
export function searchFromStart() {
  state.offset = 0;
  return search();
}
