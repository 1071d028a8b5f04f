// The newest alerts above the results, each opening onto the articles it cites. The alert brings
// their titles and sources along, so listing them costs no request per article.
import * as api from './api.js';
import { articleLink } from './detail.js';
import { $, el } from './dom.js';
import { language, t, when } from './i18n.js';

const ALERTS_SHOWN = 8;
const CITED_SHOWN = 10;

/** The alerts the officer has opened, kept open when the list is shown again. */
const opened = new Set();

function alert(a) {
  return el('details', { class: 'alert ' + a.kind.toLowerCase(), open: opened.has(a.id) ? '' : null, 'data-alert': a.id,
    on: { toggle: ev => { if (ev.target.open) opened.add(a.id); else opened.delete(a.id); } } },
  el('summary', {}, el('span', { class: 'badge kind' }, t().kinds[a.kind] || a.kind), ` ${a.text[language()] || a.summary} `,
    el('span', { class: 'meta' }, when(a.raised_at))),
  el('ul', { class: 'cited' }, a.articles.slice(0, CITED_SHOWN).map(x => el('li', {}, articleLink(x.id, x.title), ` · ${x.source.name}`))));
}

/** Shows the newest alerts; hides the section when there are none. */
export async function alerts() {
  const list = await api.alerts(ALERTS_SHOWN);
  $('alerts').hidden = list.alerts.length === 0;
  $('alerts').replaceChildren(el('h2', {}, t().alerts), ...list.alerts.map(alert));
}
