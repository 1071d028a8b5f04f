// A rebuttal-library entry under an article that makes its claim: the office's facts and talking
// points, read from the API when the officer opens them. The article may list the claim of an
// entry the officer may not read (a draft of another province's office): then the entry says so.
import * as api from './api.js';
import { el, externalLink } from './dom.js';
import { errorText, language, t } from './i18n.js';

/** The items in the page's language first. */
const mineFirst = list => list.filter(x => x.language === language()).concat(list.filter(x => x.language !== language()));

function fact(f) {
  return el('li', {}, f.text, ' — ', externalLink(f.source_url, f.source_title), f.source_date ? ` (${f.source_date})` : '');
}

/**
 * Why the entry cannot be shown. A draft belongs to its provinces' offices: an officer of another
 * province is refused it (403), which is how the library works, not a failure.
 */
function refusal(err) {
  if (err.status === 403) return t().otherProvinceEntry;
  if (err.status === 404) return t().goneEntry;
  return errorText(err);
}

export function libraryEntry(id) {
  const body = el('div', {});
  return el('details', { class: 'entry', on: { toggle: async ev => {
    if (!ev.target.open || body.dataset.loaded) return;
    try {
      const e = await api.libraryEntry(id);
      body.dataset.loaded = 'entry';
      body.replaceChildren(
        e.status === 'DRAFT' ? el('p', { class: 'note' }, t().draft) : [],
        e.facts.length ? el('h4', {}, t().facts) : [],
        el('ul', {}, mineFirst(e.facts).map(fact)),
        e.talking_points.length ? el('h4', {}, t().points) : [],
        el('ul', {}, mineFirst(e.talking_points).map(p => el('li', {}, p.text))));
    } catch (err) {
      // a refusal stands; anything else may pass, and the next opening asks again
      if (err.status === 403 || err.status === 404) body.dataset.loaded = 'refused';
      body.replaceChildren(el('p', { class: 'note refused', 'data-refused': err.status || '' }, refusal(err)));
    }
  } } }, el('summary', {}, t().evidence), body);
}
