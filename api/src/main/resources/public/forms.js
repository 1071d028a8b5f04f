// What the forms of the sign-in, tokens and accounts pages share: labelled fields, a line that
// says how a submission went, and a button that acts only when clicked twice, for what cannot be
// undone (a confirm() dialog would block the page, and some browsers suppress it).
import { el } from './dom.js';

/** A control with its label; the label names the control for screen readers and tests alike. */
export function field(label, control, hint) {
  return el('label', { class: 'field' }, el('span', {}, label), control, hint ? el('small', {}, hint) : []);
}

/** The line under a form that says how its submission went: `ok` or `error`, read out when it changes. */
export function notice(id) {
  const line = el('p', { class: 'notice', id, role: 'status', 'aria-live': 'polite' });
  return Object.assign(line, {
    say(text, kind = 'ok') {
      line.textContent = text;
      line.className = 'notice ' + kind;
    },
    clear() {
      line.textContent = '';
      line.className = 'notice';
    }
  });
}

/**
 * Runs the form's submission once at a time: its buttons are disabled until the promise settles,
 * so that a double click sends one request.
 */
export function onSubmit(form, action) {
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const buttons = [...form.querySelectorAll('button')];
    buttons.forEach(b => { b.disabled = true; });
    try {
      await action();
    } finally {
      buttons.forEach(b => { b.disabled = false; });
    }
  });
  return form;
}

/** A button that asks again (its label becomes `confirmLabel`) and acts on the second click. */
export function confirmButton(label, confirmLabel, action, attrs = {}) {
  const button = el('button', { type: 'button', ...attrs, on: { click: async () => {
    if (!button.classList.contains('armed')) {
      button.classList.add('armed');
      button.textContent = confirmLabel;
      return;
    }
    button.disabled = true;
    await action();
  } } }, label);
  return button;
}
