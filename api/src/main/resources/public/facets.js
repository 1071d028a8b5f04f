// The facets beside the results: every value is a toggle that filters the results by it, shown as
// chosen (class "on") while it does.
import { $, el } from './dom.js';
import { languageName, t } from './i18n.js';
import { state, topicName } from './state.js';

const VALUES_SHOWN = 12;

/** A filter held by the form's <select>: one value at a time. */
const select = id => ({
  has: value => $(id).value === value,
  toggle: value => { $(id).value = $(id).value === value ? '' : value; }
});

/** How each facet's values are chosen, by the facet's name in the API's answer. */
const CHOICES = {
  province: select('province'),
  topic: select('topic'),
  language: select('language'),
  source: {
    has: value => state.sources.includes(value),
    toggle: value => {
      state.sources = state.sources.includes(value) ? state.sources.filter(s => s !== value) : [...state.sources, value];
    }
  }
};

function label(dim, f) {
  if (dim === 'topic') return topicName(f.value);
  if (dim === 'language') return languageName(f.value);
  return f.label;
}

/**
 * Shows the facets of a page of results.
 *
 * @param all the API's facets: name to values with their counts
 * @param refine called after a value is chosen or dropped, to search again
 */
export function facets(all, refine) {
  const blocks = [];
  for (const [dim, values] of Object.entries(all)) {
    const choice = CHOICES[dim];
    // a facet the page cannot filter by would be a button that does nothing
    if (!choice || !values.length) continue;
    blocks.push(el('h3', {}, t()[dim]));
    for (const f of values.slice(0, VALUES_SHOWN)) {
      blocks.push(el('button', { type: 'button', class: choice.has(f.value) ? 'on' : '', 'data-facet': dim, 'data-value': f.value,
        on: { click: () => { choice.toggle(f.value); refine(); } } },
      el('span', {}, label(dim, f)), el('span', { class: 'count' }, f.count)));
    }
  }
  $('facets').replaceChildren(...blocks);
}
