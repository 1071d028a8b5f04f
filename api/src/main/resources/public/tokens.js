// The page of the account's API tokens: the tokens it has (none of their secrets: the server keeps
// only a digest), a form to make one, and revoking. A new token's secret comes once, in the answer
// that made it; the page shows it until the officer says it is copied or leaves the page, and
// nothing can show it again.
import * as api from './api.js';
import { $, el } from './dom.js';
import { confirmButton, field, notice, onSubmit } from './forms.js';
import { day, errorText, t, when } from './i18n.js';
import { state } from './state.js';

const DEFAULT_DAYS = 90;
/** The longest life the API gives a token (ApiTokens.MAX_LIFETIME). */
const MAX_DAYS = 366;

/** The secret just made, until copied or the page left. */
let secret = null;

const stateOf = token => token.revoked_at ? 'revoked' : token.active ? 'active' : 'expired';

function row(token, refresh) {
  const now = stateOf(token);
  return el('tr', { 'data-token': token.id, 'data-state': now },
    el('td', {}, token.label || '—'),
    el('td', {}, t().scopes[token.scope] || token.scope),
    el('td', {}, day(token.created_at)),
    el('td', {}, day(token.expires_at)),
    el('td', {}, token.last_used_at ? when(token.last_used_at) : t().never),
    el('td', { class: 'state' }, now === 'revoked' ? `${t().revoked} ${day(token.revoked_at)}` : t()[now]),
    el('td', {}, now === 'active' ? confirmButton(t().revoke, t().confirmRevoke, async () => {
      try {
        await api.revokeToken(token.id);
      } catch (e) {
        $('token-message').say(errorText(e), 'error');
      }
      await refresh();
    }, { 'data-revoke': token.id }) : []));
}

async function list() {
  const table = $('token-list');
  const refresh = () => list();
  try {
    const tokens = await api.tokens();
    table.replaceChildren(
      el('thead', {}, el('tr', {}, [t().label, t().scope, t().created, t().expires, t().lastUsed, t().state, ''].map(h => el('th', {}, h)))),
      el('tbody', {}, tokens.map(token => row(token, refresh))));
    $('token-none').hidden = tokens.length > 0;
  } catch (e) {
    $('token-message').say(errorText(e), 'error');
  }
}

function secretBox() {
  if (!secret) return el('div', { id: 'token-secret', hidden: '' });
  return el('div', { id: 'token-secret', class: 'secret', role: 'alert' },
    el('p', {}, t().newSecret, ' ', el('strong', {}, secret.label)),
    el('code', { id: 'token-secret-value' }, secret.value),
    el('p', { class: 'note' }, t().secretOnce),
    el('button', { type: 'button', id: 'token-secret-done', on: { click: () => {
      secret = null;
      $('token-secret').replaceWith(secretBox());
    } } }, t().done));
}

function form() {
  const label = el('input', { id: 'token-label', maxlength: '100', autocomplete: 'off' });
  // a token never does more than its account: the write scope only for an account that writes
  const scope = el('select', { id: 'token-scope' }, ['read', ...(state.session.may_write ? ['write'] : [])]
    .map(s => el('option', { value: s }, t().scopes[s])));
  const days = el('input', { id: 'token-days', type: 'number', min: '1', max: String(MAX_DAYS), value: String(DEFAULT_DAYS),
    required: '' });
  return onSubmit(el('form', { id: 'token-form', class: 'panel inline' },
    field(t().label, label), field(t().scope, scope), field(t().days, days),
    el('button', { type: 'submit', id: 'token-create' }, t().createToken)), async () => {
    $('token-message').clear();
    try {
      const made = await api.createToken(label.value.trim(), scope.value, Number(days.value));
      secret = { value: made.secret, label: made.token.label };
      $('token-secret').replaceWith(secretBox());
      label.value = '';
      await list();
    } catch (e) {
      $('token-message').say(errorText(e), 'error');
    }
  });
}

/**
 * Shows the page in `box`.
 *
 * @param back leaves the page for the search
 * @param opened true when the officer opens the page, false when it is drawn again (in another
 *     language): only the latter keeps a secret just made on screen
 */
export async function tokensPage(box, back, opened) {
  if (opened) secret = null;
  box.replaceChildren(
    el('div', { class: 'page-head' }, el('button', { type: 'button', class: 'back', on: { click: back } }, t().back),
      el('h2', {}, t().tokens)),
    el('p', { class: 'note' }, t().tokensNote),
    form(), notice('token-message'), secretBox(),
    el('p', { id: 'token-none', class: 'empty', hidden: '' }, t().noTokens),
    el('table', { id: 'token-list', class: 'list' }));
  await list();
}
