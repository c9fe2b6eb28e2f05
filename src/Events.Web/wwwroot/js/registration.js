// After a registration post the page comes back with its answer marked data-autofocus: move the focus (and the
// view) there, so a screen reader announces it and nobody has to look for it at the end of a long page.
// Done after load: the browser's own jump to #registration would otherwise take the focus back to the body.
const answer = document.querySelector('[data-autofocus]');
const focusAnswer = () => {
  answer.focus({ preventScroll: true });
  answer.scrollIntoView({ block: 'center' });
};
if (answer instanceof HTMLElement) {
  if (document.readyState === 'complete') {
    requestAnimationFrame(focusAnswer);
  } else {
    window.addEventListener('load', () => requestAnimationFrame(focusAnswer), { once: true });
  }
}
