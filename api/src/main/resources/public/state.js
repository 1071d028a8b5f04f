// What the page searches for and knows. The search lives in the form and in the chosen sources,
// and is written to the URL's query after each search, so that a reload or a shared link shows
// the same results.
import { $ } from './dom.js';
import { language } from './i18n.js';

export const PAGE = 20;

/** The filters that have a <select> in the form: its id and the API's (and the URL's) parameter. */
export const SELECTS = [['province', 'province'], ['topic', 'topic'], ['language', 'lang']];

export const state = {
  /** Who is signed in (GET /api/v1/session's answer), or null on the sign-in page. */
  session: null,
  offset: 0,
  /** The source ids chosen in the facets: any number, so no <select> holds them. */
  sources: [],
  /** The catalogues, loaded once. */
  provinces: [],
  topics: [],
  /** The article count when the officer last looked, to tell how many came since. */
  indexed: null
};

/** A province's name in the page's language (Vietnamese with its diacritics, or English), by its code. */
export function provinceName(code) {
  const province = state.provinces.find(p => p.code === code);
  if (!province) return code;
  return language() === 'en' ? province.english_name : province.name;
}

export function topicName(id) {
  const topic = state.topics.find(x => x.id === id);
  return topic ? topic.name[language()] : id;
}

/** The search the form and the chosen sources describe, for the API and the URL alike. */
export function searchParams() {
  const p = new URLSearchParams();
  const q = $('q').value.trim();
  if (q) p.set('q', q);
  for (const [id, param] of SELECTS) {
    if ($(id).value) p.append(param, $(id).value);
  }
  state.sources.forEach(source => p.append('source', source));
  p.set('limit', PAGE);
  p.set('offset', state.offset);
  return p;
}

export function remember(params) {
  history.replaceState(null, '', '?' + params + location.hash);
}

/** Fills the form and the chosen sources from the URL's query; the selects must hold their options already. */
export function restore() {
  const query = new URLSearchParams(location.search);
  $('q').value = query.get('q') || '';
  for (const [id, param] of SELECTS) {
    if (query.get(param)) $(id).value = query.get(param);
  }
  // the API takes both source=a&source=b and source=a,b: so does a shared link
  state.sources = [...new Set(query.getAll('source').flatMap(v => v.split(',')).map(v => v.trim()).filter(v => v))];
}
