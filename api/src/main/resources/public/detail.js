// One article beside the results: its text with the words that justify each score highlighted,
// the claims of the rebuttal library it repeats, and the evidence behind every topic and place.
import * as api from './api.js';
import { $, el, externalLink } from './dom.js';
import { decimal, errorText, percent, t, when } from './i18n.js';
import { libraryEntry } from './library.js';
import { topicName } from './state.js';

/** A rule with the words it matched, or the classifier with its confidence (it judges the whole article). */
const evidenceText = e => e.confidence === undefined
  ? `${e.rule} (${decimal(e.weight)}; ${e.spans.map(s => s.text).join(', ')})`
  : `${t().model(percent(e.confidence))} (${decimal(e.weight, true)})`;

/** The text in paragraphs, with the spans that justify the scores highlighted. */
function highlighted(text, spans) {
  const marks = spans.filter(s => s.field === 'text').sort((a, b) => a.start - b.start);
  const out = [];
  let start = 0;
  for (const para of text.split('\n\n')) {
    const end = start + para.length;
    const p = el('p');
    let at = start;
    for (const m of marks) {
      if (m.end <= at || m.start >= end) continue;
      const from = Math.max(m.start, at);
      const to = Math.min(m.end, end);
      if (from > at) p.append(text.slice(at, from));
      p.append(el('span', { class: m.kind, title: m.why }, text.slice(from, to)));
      at = to;
    }
    if (at < end) p.append(text.slice(at, end));
    out.push(p);
    start = end + 2;
  }
  return out;
}

function close() {
  $('detail').hidden = true;
  document.querySelector('main').classList.add('nodetail');
  history.replaceState(null, '', location.pathname + location.search);
}

function claims(a) {
  return el('section', { class: 'claims' },
    el('h3', {}, t().claims),
    el('ul', { class: 'evidence' }, a.claims.map(c => el('li', { 'data-entry': c.entry },
      el('strong', {}, c.title || c.entry), ` (${t().entry(c.entry, percent(c.similarity))}): `,
      el('q', {}, c.sentence), libraryEntry(c.entry)))),
    el('p', { class: 'note' }, t().claimNote));
}

export async function detail(id) {
  const box = $('detail');
  try {
    const a = await api.article(id);
    const spans = [];
    a.topics.forEach(x => x.evidence.forEach(e => e.spans.forEach(s => spans.push({ ...s, kind: 'ev', why: `${topicName(x.id)}: ${e.rule}` }))));
    a.provinces.forEach(p => p.mentions.forEach(s => spans.push({ ...s, kind: 'pv', why: p.name })));
    box.replaceChildren(
      el('button', { class: 'close', title: t().close, on: { click: close } }, '×'),
      el('h2', {}, a.title),
      el('p', { class: 'meta' }, `${a.source.name} · ${when(a.published)} · `, externalLink(a.url, t().original)),
      a.claims.length ? claims(a) : [],
      el('div', { class: 'text' }, highlighted(a.text, spans)),
      el('h3', {}, t().why),
      el('ul', { class: 'evidence' }, a.topics.map(x => el('li', {}, `${topicName(x.id)} ${percent(x.score)}%: `,
        x.evidence.map(evidenceText).join(' · ')))),
      el('h3', {}, t().mentions),
      el('ul', { class: 'evidence' }, a.provinces.map(p => el('li', {}, `${p.name} ${percent(p.score)}%: `,
        [...new Set(p.mentions.map(m => m.text))].join(', ')))));
    box.hidden = false;
    document.querySelector('main').classList.remove('nodetail');
  } catch (e) {
    box.replaceChildren(el('p', {}, errorText(e)));
    box.hidden = false;
  }
}

/** A link to an article that opens it beside the results and names it in the URL's fragment. */
export function articleLink(id, title) {
  return el('a', { href: '#' + id, on: { click: ev => {
    ev.preventDefault();
    history.replaceState(null, '', '#' + id);
    detail(id);
  } } }, title);
}
