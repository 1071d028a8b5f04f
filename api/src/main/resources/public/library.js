// A rebuttal-library entry under an article that makes its claim: the office's facts and talking
// points, read from the API when the officer opens them.
import * as api from './api.js';
import { el, externalLink } from './dom.js';
import { language, t } from './i18n.js';

/** The items in the page's language first. */
const mineFirst = list => list.filter(x => x.language === language()).concat(list.filter(x => x.language !== language()));

function fact(f) {
  return el('li', {}, f.text, ' — ', externalLink(f.source_url, f.source_title), f.source_date ? ` (${f.source_date})` : '');
}

export function libraryEntry(id) {
  const body = el('div', {});
  return el('details', { class: 'entry', on: { toggle: async ev => {
    if (!ev.target.open || body.childElementCount) return;
    try {
      const e = await api.libraryEntry(id);
      body.replaceChildren(
        e.status === 'DRAFT' ? el('p', { class: 'note' }, t().draft) : [],
        e.facts.length ? el('h4', {}, t().facts) : [],
        el('ul', {}, mineFirst(e.facts).map(fact)),
        e.talking_points.length ? el('h4', {}, t().points) : [],
        el('ul', {}, mineFirst(e.talking_points).map(p => el('li', {}, p.text))));
    } catch (err) {
      body.replaceChildren(el('p', {}, `${t().error}: ${err.message}`));
    }
  } } }, el('summary', {}, t().evidence), body);
}
