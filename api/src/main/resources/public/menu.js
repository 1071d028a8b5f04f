// The user menu in the header: who is signed in (the account, its role and the provinces it
// covers, in the page's language), the pages of the account, and signing out. Only an admin sees
// the accounts page: the API refuses it to anyone else anyway, and an item that can only fail is
// noise.
import { $, el } from './dom.js';
import { t } from './i18n.js';
import { provinceName, state } from './state.js';

/** What the account sees: every province for national staff, else its provinces' names. */
const reach = session => session.national ? t().national : session.provinces.map(provinceName).join(', ');

/**
 * Draws the menu of the session signed in.
 *
 * @param go opens a page of the account by its name (tokens, accounts)
 * @param signOut ends the session
 */
export function renderMenu(go, signOut) {
  const session = state.session;
  const menu = $('user');
  const item = (id, label, action) => el('li', {}, el('button', { type: 'button', 'data-menu': id, on: { click: () => {
    menu.open = false;
    action();
  } } }, label));
  menu.replaceChildren(
    el('summary', { 'data-account': session.account, title: t().accountMenu }, session.account),
    el('div', { class: 'menu' },
      el('p', { class: 'who', id: 'who' }, el('strong', {}, session.account), el('br'),
        el('span', { 'data-role': session.role }, t().roles[session.role] || session.role), ' · ', reach(session)),
      el('ul', {},
        item('tokens', t().tokens, () => go('tokens')),
        session.role === 'admin' ? item('accounts', t().accounts, () => go('accounts')) : [],
        item('signout', t().signOut, signOut))));
  menu.hidden = false;
}

/** A menu left open would cover the search form: a click elsewhere, or Escape, closes it. Once, when the page loads. */
export function wireMenu() {
  document.addEventListener('click', ev => {
    if (!$('user').contains(ev.target)) $('user').open = false;
  });
  document.addEventListener('keydown', ev => {
    if (ev.key === 'Escape') $('user').open = false;
  });
}

export function hideMenu() {
  $('user').hidden = true;
  $('user').open = false;
  $('user').replaceChildren();
}
