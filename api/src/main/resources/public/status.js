// The header's status: how many articles are indexed and, when new ones arrive, a button that
// shows them. Polled with the alerts every few seconds.
import { alerts } from './alerts.js';
import * as api from './api.js';
import { $ } from './dom.js';
import { t } from './i18n.js';
import { searchFromStart } from './results.js';
import { state } from './state.js';

const POLL_MS = 10000;

/** Shows the alerts and the article count once. */
export async function watch() {
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
    $('status').textContent = `${t().error}: ${e.message}`;
  }
}

/** Watches from now on; the "new articles" button shows them and counts again from there. */
export function startWatching() {
  $('fresh').addEventListener('click', () => {
    $('fresh').hidden = true;
    state.indexed = null;
    searchFromStart();
    watch();
  });
  setInterval(watch, POLL_MS);
}
