// presswatch web UI: search, facets and the evidence behind every score, as ES modules served as
// they are (no framework, no build step). This module finds who is signed in (or shows the
// sign-in page), loads the catalogues, restores the search from the URL, wires the form and the
// language switch, and switches between the search, the account's pages and the sign-in page.
import * as api from './api.js';
import { detail } from './detail.js';
import { $, el } from './dom.js';
import { errorText, language, setLanguage, t } from './i18n.js';
import { hideMenu, renderMenu, wireMenu } from './menu.js';
import { search, searchFromStart } from './results.js';
import { hideSignIn, renderSignIn, showSignIn } from './signin.js';
import { SELECTS, restore, state } from './state.js';
import { startWatching, stopWatching, watch, wireFreshButton } from './status.js';
import { tokensPage } from './tokens.js';
import { usersPage } from './users.js';

/** The account's pages by their name in the URL's fragment (#/tokens), with the role one needs, if any. */
const PAGES = { tokens: { show: tokensPage }, accounts: { show: usersPage, role: 'admin' } };

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

/** The page the URL's fragment names, when the account may open it; null for the search. */
function pageNamed() {
  const name = location.hash.startsWith('#/') ? location.hash.slice(2) : null;
  const page = PAGES[name];
  return page && (!page.role || page.role === state.session.role) ? name : null;
}

/**
 * Shows what the URL names: an account's page, or the search with the article the fragment names.
 *
 * @param opened true when the officer goes there, false when it is drawn again in another language
 */
async function route(opened = true) {
  const page = pageNamed();
  $('search-view').hidden = page !== null;
  $('page').hidden = page === null;
  if (page) {
    await PAGES[page].show($('page'), () => go(null), opened);
    return;
  }
  $('page').replaceChildren();
  const article = location.hash.slice(1);
  if (opened && article && !article.startsWith('/')) await detail(article);
}

/** Goes to an account's page by its name, or back to the search (null), as a step the browser's Back button undoes. */
function go(page) {
  history.pushState(null, '', location.pathname + location.search + (page ? '#/' + page : ''));
  route();
}

/** Opens the app for the session just found or made. */
async function enter(session) {
  // the catalogues first: the menu names the account's provinces from them
  [state.provinces, state.topics] = await Promise.all([
    api.provinces().then(all => all.sort((a, b) => a.name.localeCompare(b.name, 'vi'))),
    api.topics()]);
  state.session = session;
  hideSignIn();
  labels();
  restore();
  renderMenu(go, signOut);
  document.querySelector('main').classList.add('nodetail');
  $('app').hidden = false;
  await search();
  await route();
  await watch();
  startWatching();
}

/**
 * Closes the app and shows the sign-in page. The next account to sign in at this browser must not
 * find the last one's work on the page, so everything it showed goes.
 *
 * @param why a key of the words saying why (signedOut, sessionEnded)
 */
function leave(why) {
  state.session = null;
  stopWatching();
  hideMenu();
  $('app').hidden = true;
  ['results', 'facets', 'alerts', 'detail', 'page'].forEach(id => $(id).replaceChildren());
  $('detail').hidden = true;
  $('alerts').hidden = true;
  showSignIn(why, enter);
}

async function signOut() {
  try {
    await api.signOut();
  } catch (e) {
    // a session that has ended already is as good as ended now; anything else, and it may still be alive
    if (e.status !== 401) {
      $('status').textContent = errorText(e);
      return;
    }
  }
  // the next account starts from a clean address and form too: no search or article of the last one
  history.replaceState(null, '', location.pathname);
  $('search').reset();
  state.sources = [];
  state.offset = 0;
  leave('signedOut');
}

function switchLanguage(code) {
  setLanguage(code);
  labels();
  if (!state.session) {
    renderSignIn();
    return;
  }
  renderMenu(go, signOut);
  search();
  watch();
  if (pageNamed()) route(false);
}

async function main() {
  labels();
  $('search').addEventListener('submit', ev => { ev.preventDefault(); searchFromStart(); });
  SELECTS.forEach(([id]) => $(id).addEventListener('change', searchFromStart));
  document.querySelectorAll('.lang button').forEach(b => b.addEventListener('click', () => switchLanguage(b.dataset.lang)));
  wireFreshButton();
  wireMenu();
  window.addEventListener('popstate', () => { if (state.session) route(); });
  // any request refused for want of a session (it expired, or was ended elsewhere) comes back here
  api.onSessionEnded(() => { if (state.session) leave('sessionEnded'); });
  let session;
  try {
    session = await api.session();
  } catch (e) {
    showSignIn(e.status === 401 ? null : e, enter);
    return;
  }
  await enter(session);
}

main();
