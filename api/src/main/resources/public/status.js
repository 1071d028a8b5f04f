// The header's status: how many articles are indexed and, when new ones arrive, a button that
// shows them. Polled with the alerts every few seconds while someone is signed in: a page left
// open after its session ends must not keep knocking.
import { alerts } from './alerts.js';
import * as api from './api.js';
import { $ } from './dom.js';
import { errorText, t } from './i18n.js';
import { searchFromStart } from './results.js';
import { state } from './state.js';

const POLL_MS = 10000;

let timer = null;

/** Shows the alerts and the article count once. */
export async function watch() {
  if (!state.session) return;
  try {
    await alerts();
    const health = await api.health();
    $('status').textContent = t().indexed(health.articles);
    if (state.indexed !== null && health.articles > state.indexed) {
      $('fresh').textContent = t().fresh(health.articles - state.indexed);
      $('fresh').hidden = false;
    } else if (state.indexed === null) {
      state.indexed = health.articles;
    }
  } catch (e) {
    // a session that ended shows the sign-in page instead
    if (state.session) $('status').textContent = errorText(e);
  }
}

/** The "new articles" button shows them and counts again from there. Once, when the page loads. */
export function wireFreshButton() {
  $('fresh').addEventListener('click', () => {
    $('fresh').hidden = true;
    state.indexed = null;
    searchFromStart();
    watch();
  });
}

/** Watches from now on, until stopWatching. */
export function startWatching() {
  stopWatching();
  timer = setInterval(watch, POLL_MS);
}

/** Stops, and forgets what the header showed. */
export function stopWatching() {
  clearInterval(timer);
  timer = null;
  $('status').textContent = '';
  $('fresh').hidden = true;
  state.indexed = null;
}
