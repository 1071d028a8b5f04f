// presswatch web UI: search, facets and the evidence behind every score, as ES modules served as
// they are (no framework, no build step). This module loads the catalogues, restores the search
// from the URL, wires the form and the language switch, and starts the views.
import * as api from './api.js';
import { detail } from './detail.js';
import { $, el } from './dom.js';
import { language, setLanguage, t } from './i18n.js';
import { search, searchFromStart } from './results.js';
import { SELECTS, restore, state } from './state.js';
import { startWatching, watch } from './status.js';

/** The fixed words of the page, and the selects' options, in the language chosen; the selects keep their values. */
function labels() {
  document.documentElement.lang = language();
  document.querySelectorAll('.lang button').forEach(b => b.classList.toggle('on', b.dataset.lang === language()));
  $('go').textContent = t().search;
  $('q').placeholder = t().placeholder;
  $('footer').textContent = t().footer;
  const fill = (id, all, options) => {
    const value = $(id).value;
    $(id).replaceChildren(el('option', { value: '' }, all), ...options.map(([v, label]) => el('option', { value: v }, label)));
    $(id).value = value;
  };
  fill('province', t().allProvinces, state.provinces.map(p => [p.code, p.name]));
  fill('topic', t().allTopics, state.topics.map(x => [x.id, x.name[language()]]));
  fill('language', t().allLanguages, Object.entries(t().languages));
}

async function main() {
  const opened = location.hash.slice(1);
  [state.provinces, state.topics] = await Promise.all([
    api.provinces().then(all => all.sort((a, b) => a.name.localeCompare(b.name, 'vi'))),
    api.topics()]);
  labels();
  restore();
  $('search').addEventListener('submit', ev => { ev.preventDefault(); searchFromStart(); });
  SELECTS.forEach(([id]) => $(id).addEventListener('change', searchFromStart));
  document.querySelectorAll('.lang button').forEach(b => b.addEventListener('click', () => {
    setLanguage(b.dataset.lang);
    labels();
    search();
    watch();
  }));
  document.querySelector('main').classList.add('nodetail');
  await search();
  await watch();
  startWatching();
  if (opened) detail(opened);
}

main();
