// The sign-in page: shown when nobody is signed in (GET /api/v1/session answers 401), after
// signing out, and when a session ends under the officer (expired, or ended elsewhere). The server
// sets the session cookie; the page only learns who signed in and the session's CSRF token.
import * as api from './api.js';
import { $, el } from './dom.js';
import { field, notice, onSubmit } from './forms.js';
import { errorText, t } from './i18n.js';

/**
 * Why the page is shown, kept rather than its words so that the language switch says it again:
 * a key of the words (signedOut, sessionEnded), an error of the last attempt, or null.
 */
let reason = null;
let enter = () => {};

function message() {
  const line = notice('signin-message');
  if (reason instanceof Error) line.say(errorText(reason), 'error');
  else if (reason) line.say(t()[reason], reason === 'signedOut' ? 'ok' : 'error');
  return line;
}

/** Draws the form in the page's language, keeping what was typed. */
export function renderSignIn() {
  const box = $('signin');
  const typed = $('signin-name')?.value || '';
  const name = el('input', { id: 'signin-name', name: 'username', autocomplete: 'username', required: '', autocapitalize: 'none',
    spellcheck: 'false' });
  const password = el('input', { id: 'signin-password', name: 'password', type: 'password', autocomplete: 'current-password',
    required: '' });
  name.value = typed;
  const form = onSubmit(el('form', { id: 'signin-form', class: 'panel' },
    el('h2', {}, t().signInTitle),
    field(t().name, name),
    field(t().password, password),
    el('button', { type: 'submit', id: 'signin-submit' }, t().signIn),
    message()), async () => {
    $('signin-message').say(t().signingIn, 'ok');
    try {
      const session = await api.signIn(name.value.trim(), password.value);
      reason = null;
      password.value = '';
      await enter(session);
    } catch (e) {
      reason = e;
      password.value = '';
      $('signin-message').say(errorText(e), 'error');
      password.focus();
    }
  });
  box.replaceChildren(form);
  (typed ? password : name).focus();
}

/**
 * Shows the sign-in page.
 *
 * @param why a key of the words saying why (signedOut, sessionEnded), or null
 * @param onSignedIn called with the new session once the server accepts the name and password
 */
export function showSignIn(why, onSignedIn) {
  reason = why;
  enter = onSignedIn;
  $('signin').hidden = false;
  renderSignIn();
}

export function hideSignIn() {
  $('signin').hidden = true;
  $('signin').replaceChildren();
}
