// presswatch web UI: search, facets and the evidence behind every score. No framework, no build
// step. Every piece of crawled text reaches the page through textContent; the only HTML taken
// from the API is the snippet, which the server escapes and this page re-checks (only <mark>).
'use strict';

const TEXT = {
  vi: {
    search: 'Tìm', placeholder: 'Tìm bài viết, ví dụ: biển đông, "Hoàng Sa", nhân quyền…', allProvinces: 'Mọi tỉnh, thành phố',
    allTopics: 'Mọi chủ đề', allLanguages: 'Mọi ngôn ngữ', results: n => `${n} bài viết`, none: 'Không có bài viết nào phù hợp.',
    province: 'Tỉnh, thành phố', topic: 'Chủ đề', source: 'Nguồn', language: 'Ngôn ngữ', prev: '← Trước', next: 'Sau →',
    indexed: n => `${n} bài đã lập chỉ mục`, fresh: n => `${n} bài mới — xem`, foreign: 'nước ngoài', domestic: 'trong nước',
    original: 'Xem bài gốc', why: 'Vì sao bài này được gắn chủ đề',
    model: p => `mô hình phân loại: ${p}% khả năng thuộc chủ đề`, mentions: 'Địa danh được nhắc đến', close: 'Đóng',
    error: 'Lỗi', footer: 'presswatch chỉ ra căn cứ trong bài viết; việc đánh giá nội dung thuộc về cán bộ phụ trách.',
    languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh', fr: 'Tiếng Pháp', zh: 'Tiếng Trung' },
    alerts: 'Cảnh báo', kinds: { SPIKE: 'Tăng đột biến', HIGH_RISK: 'Rủi ro cao', AMPLIFICATION: 'Lan truyền' },
    claims: 'Khớp với luận điệu trong thư viện phản bác', claimBadge: 'khớp luận điệu đã ghi nhận',
    claimNote: 'Bài viết giống luận điệu này; presswatch không kết luận bài viết sai. Xem căn cứ của mục trong thư viện.',
    evidence: 'Căn cứ và nội dung trả lời của cơ quan', facts: 'Dẫn chứng', points: 'Nội dung trả lời', draft: 'bản nháp',
    entry: (id, p) => `mục ${id}, tương đồng ${p}%`
  },
  en: {
    search: 'Search', placeholder: 'Search articles, e.g. biển đông, "Paracel", human rights…', allProvinces: 'All provinces',
    allTopics: 'All topics', allLanguages: 'All languages', results: n => `${n} articles`, none: 'No article matches.',
    province: 'Province', topic: 'Topic', source: 'Source', language: 'Language', prev: '← Previous', next: 'Next →',
    indexed: n => `${n} articles indexed`, fresh: n => `${n} new articles — show`, foreign: 'foreign', domestic: 'domestic',
    original: 'Original article', why: 'Why this article has these topics',
    model: p => `classifier: ${p}% likely of the topic`, mentions: 'Places mentioned', close: 'Close',
    error: 'Error', footer: 'presswatch shows the evidence in each article; judging its content is for the officer in charge.',
    languages: { vi: 'Vietnamese', en: 'English', fr: 'French', zh: 'Chinese' },
    alerts: 'Alerts', kinds: { SPIKE: 'Spike', HIGH_RISK: 'High risk', AMPLIFICATION: 'Amplification' },
    claims: 'Matches claims in the rebuttal library', claimBadge: 'matches a documented claim',
    claimNote: 'The article resembles these claims; presswatch does not call it false. See the entry\'s evidence in the library.',
    evidence: 'The office\'s evidence and talking points', facts: 'Facts', points: 'Talking points', draft: 'draft',
    entry: (id, p) => `entry ${id}, similarity ${p}%`
  }
};
const ALERTS_SHOWN = 8;
const PAGE = 20;

/** A rule with the words it matched, or the classifier with its confidence (it judges the whole article). */
const evidenceText = e => e.confidence === undefined
  ? `${e.rule} (${e.weight.toFixed(2)}; ${e.spans.map(s => s.text).join(', ')})`
  : `${t().model(Math.round(e.confidence * 100))} (${e.weight >= 0 ? '+' : ''}${e.weight.toFixed(2)})`;
const state = { lang: localStorage.getItem('presswatch.lang') || 'vi', offset: 0, provinces: [], topics: [], indexed: null };
const $ = id => document.getElementById(id);
const t = () => TEXT[state.lang];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'on') Object.entries(v).forEach(([ev, fn]) => node.addEventListener(ev, fn));
    else if (v !== undefined && v !== null) node.setAttribute(k, v);
  }
  for (const c of children.flat()) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
  return node;
}

/** The snippet as nodes: text and <mark> only, whatever the string holds. */
function snippetNodes(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = [];
  for (const n of doc.body.childNodes) {
    out.push(n.nodeName === 'MARK' ? el('mark', {}, n.textContent) : document.createTextNode(n.textContent));
  }
  return out;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.message || response.statusText);
  return body;
}

function params() {
  const p = new URLSearchParams();
  const q = $('q').value.trim();
  if (q) p.set('q', q);
  for (const id of ['province', 'topic', 'language']) {
    if ($(id).value) p.append(id === 'language' ? 'lang' : id, $(id).value);
  }
  p.set('limit', PAGE);
  p.set('offset', state.offset);
  return p;
}

async function search() {
  const results = $('results');
  try {
    const page = await api('/api/v1/articles?' + params());
    history.replaceState(null, '', '?' + params() + location.hash);
    results.replaceChildren(el('p', { class: 'meta' }, t().results(page.total)), ...page.articles.map(hit),
      page.total === 0 ? el('p', { class: 'empty' }, t().none) : '', pager(page.total));
    facets(page.facets);
  } catch (e) {
    results.replaceChildren(el('p', { class: 'empty' }, `${t().error}: ${e.message}`));
  }
}

function topicName(id) {
  const topic = state.topics.find(x => x.id === id);
  return topic ? topic.name[state.lang] : id;
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString(state.lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

function hit(a) {
  return el('div', { class: 'hit' },
    el('h2', {}, el('a', { href: '#' + a.id, on: { click: ev => {
      ev.preventDefault();
      history.replaceState(null, '', '#' + a.id);
      detail(a.id);
    } } }, a.title)),
    el('div', { class: 'meta' },
      el('span', { class: 'badge' + (a.source.domestic ? '' : ' foreign') }, a.source.domestic ? t().domestic : t().foreign),
      `${a.source.name} · ${t().languages[a.language] || a.language} · ${when(a.published)} `,
      a.topics.map(x => el('span', { class: 'badge topic' }, `${topicName(x.id)} ${Math.round(x.score * 100)}%`)),
      a.provinces.map(p => el('span', { class: 'badge' }, p.name)),
      a.claims.length ? el('span', { class: 'badge claim', title: a.claims.map(c => c.title || c.entry).join(' · ') }, t().claimBadge) : []),
    el('p', { class: 'snippet' }, snippetNodes(a.snippet)));
}

function pager(total) {
  if (total <= PAGE) return '';
  const go = delta => () => { state.offset = Math.max(0, state.offset + delta); search(); };
  return el('div', { class: 'pager' },
    el('button', { type: 'button', ...(state.offset === 0 ? { disabled: '' } : {}), on: { click: go(-PAGE) } }, t().prev),
    `${state.offset + 1}–${Math.min(total, state.offset + PAGE)} / ${total}`,
    el('button', { type: 'button', ...(state.offset + PAGE >= total ? { disabled: '' } : {}), on: { click: go(PAGE) } }, t().next));
}

function facets(all) {
  const select = { province: 'province', topic: 'topic', language: 'language' };
  const blocks = [];
  for (const [dim, values] of Object.entries(all)) {
    if (!values.length) continue;
    blocks.push(el('h3', {}, t()[dim]));
    for (const f of values.slice(0, 12)) {
      const label = dim === 'topic' ? topicName(f.value) : dim === 'language' ? (t().languages[f.value] || f.value) : f.label;
      const chosen = select[dim] && $(select[dim]).value === f.value;
      blocks.push(el('button', { type: 'button', class: chosen ? 'on' : '', on: { click: () => {
        if (select[dim]) { $(select[dim]).value = chosen ? '' : f.value; state.offset = 0; search(); }
      } } }, el('span', {}, label), el('span', { class: 'count' }, f.count)));
    }
  }
  $('facets').replaceChildren(...blocks);
}

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

async function detail(id) {
  const box = $('detail');
  try {
    const a = await api('/api/v1/articles/' + encodeURIComponent(id));
    const spans = [];
    a.topics.forEach(x => x.evidence.forEach(e => e.spans.forEach(s => spans.push({ ...s, kind: 'ev', why: `${topicName(x.id)}: ${e.rule}` }))));
    a.provinces.forEach(p => p.mentions.forEach(s => spans.push({ ...s, kind: 'pv', why: p.name })));
    box.replaceChildren(
      el('button', { class: 'close', title: t().close, on: { click: () => {
        box.hidden = true;
        document.querySelector('main').classList.add('nodetail');
        history.replaceState(null, '', location.pathname + location.search);
      } } }, '×'),
      el('h2', {}, a.title),
      el('p', { class: 'meta' }, `${a.source.name} · ${when(a.published)} · `,
        el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, t().original)),
      a.claims.length ? el('section', { class: 'claims' },
        el('h3', {}, t().claims),
        el('ul', { class: 'evidence' }, a.claims.map(c => el('li', {},
          el('strong', {}, c.title || c.entry), ` (${t().entry(c.entry, Math.round(c.similarity * 100))}): `,
          el('q', {}, c.sentence), libraryEntry(c.entry)))),
        el('p', { class: 'note' }, t().claimNote)) : [],
      el('div', { class: 'text' }, highlighted(a.text, spans)),
      el('h3', {}, t().why),
      el('ul', { class: 'evidence' }, a.topics.map(x => el('li', {}, `${topicName(x.id)} ${Math.round(x.score * 100)}%: `,
        x.evidence.map(evidenceText).join(' · ')))),
      el('h3', {}, t().mentions),
      el('ul', { class: 'evidence' }, a.provinces.map(p => el('li', {}, `${p.name} ${Math.round(p.score * 100)}%: `,
        [...new Set(p.mentions.map(m => m.text))].join(', ')))));
    box.hidden = false;
    document.querySelector('main').classList.remove('nodetail');
  } catch (e) {
    box.replaceChildren(el('p', {}, `${t().error}: ${e.message}`));
    box.hidden = false;
  }
}

/** A link the library gives, if it is one a page may open (http or https); else null. */
function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

/** The office's facts and talking points for a library entry, read when the officer opens them. */
function libraryEntry(id) {
  const body = el('div', {});
  return el('details', { class: 'entry', on: { toggle: async ev => {
    if (!ev.target.open || body.childElementCount) return;
    try {
      const e = await api('/api/v1/library/' + encodeURIComponent(id));
      const mine = list => list.filter(x => x.language === state.lang).concat(list.filter(x => x.language !== state.lang));
      body.replaceChildren(
        e.status === 'DRAFT' ? el('p', { class: 'note' }, t().draft) : [],
        e.facts.length ? el('h4', {}, t().facts) : [],
        el('ul', {}, mine(e.facts).map(f => el('li', {}, f.text, ' — ',
          safeUrl(f.source_url) ? el('a', { href: safeUrl(f.source_url), target: '_blank', rel: 'noopener noreferrer' }, f.source_title)
            : f.source_title, f.source_date ? ` (${f.source_date})` : ''))),
        e.talking_points.length ? el('h4', {}, t().points) : [],
        el('ul', {}, mine(e.talking_points).map(p => el('li', {}, p.text))));
    } catch (err) {
      body.replaceChildren(el('p', {}, `${t().error}: ${err.message}`));
    }
  } } }, el('summary', {}, t().evidence), body);
}

/** The cited articles, listed under the alert on demand. */
async function alertArticles(a, box) {
  const articles = await Promise.all(a.article_ids.slice(0, 10).map(id => api('/api/v1/articles/' + encodeURIComponent(id)).catch(() => null)));
  box.replaceChildren(...articles.filter(x => x).map(x => el('li', {}, el('a', { href: '#' + x.id, on: { click: ev => {
    ev.preventDefault();
    history.replaceState(null, '', '#' + x.id);
    detail(x.id);
  } } }, x.title), ` · ${x.source.name}`)));
}

async function alerts() {
  const list = await api('/api/v1/alerts?limit=' + ALERTS_SHOWN);
  $('alerts').hidden = list.alerts.length === 0;
  $('alerts').replaceChildren(el('h2', {}, t().alerts), ...list.alerts.map(a => {
    const cited = el('ul', { class: 'cited' });
    return el('details', { class: 'alert ' + a.kind.toLowerCase(), on: { toggle: ev => { if (ev.target.open) alertArticles(a, cited); } } },
      el('summary', {}, el('span', { class: 'badge kind' }, t().kinds[a.kind] || a.kind), ` ${a.text[state.lang] || a.summary} `,
        el('span', { class: 'meta' }, when(a.raised_at))), cited);
  }));
}

async function watch() {
  try {
    await alerts();
    const health = await api('/api/v1/health');
    $('status').textContent = t().indexed(health.articles);
    if (state.indexed !== null && health.articles > state.indexed) {
      $('fresh').textContent = t().fresh(health.articles - state.indexed);
      $('fresh').hidden = false;
    } else if (state.indexed === null) {
      state.indexed = health.articles;
    }
  } catch (e) {
    $('status').textContent = `${t().error}: ${e.message}`;
  }
}

function labels() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('.lang button').forEach(b => b.classList.toggle('on', b.dataset.lang === state.lang));
  $('go').textContent = t().search;
  $('q').placeholder = t().placeholder;
  $('footer').textContent = t().footer;
  const keep = id => $(id).value;
  const fill = (id, all, options) => {
    const value = keep(id);
    $(id).replaceChildren(el('option', { value: '' }, all), ...options.map(([v, label]) => el('option', { value: v }, label)));
    $(id).value = value;
  };
  fill('province', t().allProvinces, state.provinces.map(p => [p.code, p.name]));
  fill('topic', t().allTopics, state.topics.map(x => [x.id, x.name[state.lang]]));
  fill('language', t().allLanguages, Object.entries(t().languages));
}

async function main() {
  const opened = location.hash.slice(1);
  [state.provinces, state.topics] = await Promise.all([
    api('/api/v1/provinces').then(r => r.provinces.sort((a, b) => a.name.localeCompare(b.name, 'vi'))),
    api('/api/v1/topics').then(r => r.topics)]);
  const query = new URLSearchParams(location.search);
  $('q').value = query.get('q') || '';
  labels();
  ['province', 'topic'].forEach(id => { if (query.get(id)) $(id).value = query.get(id); });
  if (query.get('lang')) $('language').value = query.get('lang');
  $('search').addEventListener('submit', ev => { ev.preventDefault(); state.offset = 0; search(); });
  ['province', 'topic', 'language'].forEach(id => $(id).addEventListener('change', () => { state.offset = 0; search(); }));
  document.querySelectorAll('.lang button').forEach(b => b.addEventListener('click', () => {
    state.lang = b.dataset.lang;
    localStorage.setItem('presswatch.lang', state.lang);
    labels();
    search();
    watch();
  }));
  $('fresh').addEventListener('click', () => { $('fresh').hidden = true; state.indexed = null; state.offset = 0; search(); watch(); });
  document.querySelector('main').classList.add('nodetail');
  await search();
  await watch();
  setInterval(watch, 10000);
  if (opened) detail(opened);
}

main();
