// The accounts page, for admins: every account with its role, provinces and state; adding one;
// changing an account's role and provinces, enabling or disabling it, setting its password. The
// office decides what is allowed (the last admin stays, names and passwords follow its rules);
// the page checks the simple rules first so that most mistakes are told in the user's language,
// and shows the server's reason for the rest.
import * as api from './api.js';
import { $, el } from './dom.js';
import { field, notice, onSubmit } from './forms.js';
import { day, errorText, t } from './i18n.js';
import { provinceName, state } from './state.js';

const ROLES = ['admin', 'analyst', 'officer', 'reader'];
/** Roles that see every province, and so take none (Role.national in office). */
const NATIONAL = ['admin', 'analyst'];
/** As office's Account.NAME_PATTERN and Accounts.MIN_PASSWORD_LENGTH. */
const NAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const MIN_PASSWORD = 10;

/** The accounts whose changes the admin has unfolded, kept unfolded when the list is drawn again after a change. */
const unfolded = new Set();

const reach = (role, provinces) => NATIONAL.includes(role) ? t().national : provinces.map(provinceName).join(', ');

function roleSelect(id, chosen) {
  // the choice as the option's attribute, not the select's value: a form's reset() comes back to it
  return el('select', { id }, ROLES.map(r => el('option', { value: r, selected: r === chosen ? '' : null }, t().roles[r])));
}

/** The provinces as a multiple choice, by name; disabled while the role chosen is national. */
function provinceSelect(id, chosen, role) {
  const select = el('select', { id, multiple: '', size: '6' }, state.provinces.map(p =>
    el('option', { value: p.code, selected: chosen.includes(p.code) ? '' : null }, provinceName(p.code))));
  const follow = () => { select.disabled = NATIONAL.includes(role.value); };
  role.addEventListener('change', follow);
  follow();
  return select;
}

const chosenProvinces = (select, role) => NATIONAL.includes(role.value) ? [] : [...select.selectedOptions].map(o => o.value);

/** What the page can tell before asking the server, or null when it sees nothing wrong. */
function mistake({ name, role, provinces, password }) {
  if (name !== undefined && !NAME.test(name)) return t().invalidName;
  if (role !== undefined && !NATIONAL.includes(role) && provinces.length === 0) return t().needsProvince;
  if (password !== undefined && (password.length < MIN_PASSWORD || password.trim().toLowerCase() === name)) {
    return t().weakPassword(MIN_PASSWORD);
  }
  return null;
}

function addForm() {
  const name = el('input', { id: 'user-name', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', required: '' });
  const role = roleSelect('user-role', 'officer');
  const provinces = provinceSelect('user-provinces', [], role);
  const password = el('input', { id: 'user-password', type: 'password', autocomplete: 'new-password', required: '' });
  const form = el('form', { id: 'user-form', class: 'panel' },
    el('h3', {}, t().addUser),
    el('div', { class: 'inline' }, field(t().name, name), field(t().role, role), field(t().password, password)),
    field(t().provinces, provinces, t().provincesHint),
    el('button', { type: 'submit', id: 'user-add' }, t().addUser),
    notice('user-add-message'));
  return onSubmit(form, async () => {
    const wanted = { name: name.value.trim().toLowerCase(), role: role.value, provinces: chosenProvinces(provinces, role),
      password: password.value };
    const wrong = mistake(wanted);
    if (wrong) {
      $('user-add-message').say(wrong, 'error');
      return;
    }
    try {
      await api.addUser(wanted.name, wanted.role, wanted.provinces, wanted.password);
      form.reset();
      role.dispatchEvent(new Event('change'));
      $('user-add-message').say(t().added(wanted.name));
      await list();
    } catch (e) {
      $('user-add-message').say(errorText(e), 'error');
    }
  });
}

/** What an admin may change of one account, folded away until wanted. */
function changes(user) {
  const id = `user-${user.name}`;
  const line = notice(`${id}-message`);
  const done = async text => {
    await list();
    $(`${id}-message`)?.say(text);
  };
  const failed = e => line.say(errorText(e), 'error');

  const role = roleSelect(`${id}-role`, user.role);
  const provinces = provinceSelect(`${id}-provinces`, user.provinces, role);
  const roleForm = onSubmit(el('form', { class: 'inline', 'data-form': 'role' },
    field(t().role, role), field(t().provinces, provinces),
    el('button', { type: 'submit' }, t().save)), async () => {
    const change = { role: role.value, provinces: chosenProvinces(provinces, role) };
    const wrong = mistake(change);
    if (wrong) return line.say(wrong, 'error');
    try {
      await api.changeUser(user.name, change);
      await done(t().saved);
    } catch (e) {
      failed(e);
    }
  });

  const toggle = el('button', { type: 'button', 'data-action': user.enabled ? 'disable' : 'enable', on: { click: async () => {
    toggle.disabled = true;
    try {
      await api.changeUser(user.name, { enabled: !user.enabled });
      await done(t().saved);
    } catch (e) {
      toggle.disabled = false;
      failed(e);
    }
  } } }, user.enabled ? t().disable : t().enable);

  // an admin's own password takes the current one too: that is changed elsewhere, not set here
  const password = el('input', { type: 'password', autocomplete: 'new-password', required: '', 'aria-label': t().newPassword });
  const passwordForm = user.name === state.session.account ? [] : onSubmit(el('form', { class: 'inline', 'data-form': 'password' },
    field(t().newPassword, password), el('button', { type: 'submit' }, t().setPassword)), async () => {
    const wrong = mistake({ name: user.name, password: password.value });
    if (wrong) return line.say(wrong, 'error');
    try {
      await api.setPassword(user.name, password.value);
      password.value = '';
      line.say(t().passwordSet(user.name));
    } catch (e) {
      failed(e);
    }
  });

  return el('details', { class: 'changes', open: unfolded.has(user.name) ? '' : null, on: { toggle: ev => {
    if (ev.target.open) unfolded.add(user.name);
    else unfolded.delete(user.name);
  } } }, el('summary', {}, t().change), roleForm, passwordForm, el('p', {}, toggle), line);
}

function account(user) {
  return el('li', { class: 'account' + (user.enabled ? '' : ' off'), 'data-user': user.name },
    el('div', { class: 'summary' },
      el('strong', { class: 'name' }, user.name),
      el('span', { class: 'badge', 'data-role': user.role }, t().roles[user.role] || user.role),
      el('span', { class: 'provinces' }, reach(user.role, user.provinces)),
      el('span', { class: 'badge state', 'data-enabled': String(user.enabled) }, user.enabled ? t().enabled : t().disabled),
      el('span', { class: 'meta' }, `${t().created}: ${day(user.created_at)}`)),
    changes(user));
}

async function list() {
  try {
    const users = await api.users();
    $('user-list').replaceChildren(...users.map(account));
  } catch (e) {
    $('user-add-message').say(errorText(e), 'error');
  }
}

/**
 * Shows the page in `box`.
 *
 * @param back leaves the page for the search
 * @param opened true when the admin opens the page, false when it is drawn again (in another language)
 */
export async function usersPage(box, back, opened) {
  if (opened) unfolded.clear();
  box.replaceChildren(
    el('div', { class: 'page-head' }, el('button', { type: 'button', class: 'back', on: { click: back } }, t().back),
      el('h2', {}, t().users)),
    addForm(),
    el('ul', { id: 'user-list', class: 'accounts' }));
  await list();
}
