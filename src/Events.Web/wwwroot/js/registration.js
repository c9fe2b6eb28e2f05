// After a registration post the page comes back with its answer marked data-autofocus: move the focus (and the
// view) there, so a screen reader announces it and nobody has to look for it at the end of a long page.
const answer = document.querySelector('[data-autofocus]');
if (answer instanceof HTMLElement) {
  answer.focus({ preventScroll: true });
  answer.scrollIntoView({ block: 'center' });
}
