// A form marked data-confirm="…" asks before it submits: destructive and mass actions say what they do and to how many.
// data-confirm-yes / data-confirm-no give the buttons' words in the page's language.
const dialog = document.createElement('dialog');
dialog.className = 'confirm-dialog';
dialog.setAttribute('aria-labelledby', 'confirm-dialog-text');
dialog.innerHTML = '<form method="dialog"><p id="confirm-dialog-text"></p><div class="actions">' +
  '<button value="yes" class="button danger solid"></button><button value="no" class="button"></button></div></form>';
document.body.append(dialog);
const text = dialog.querySelector('p');
const [yes, no] = dialog.querySelectorAll('button');

let approved = null;
document.addEventListener('submit', event => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.confirm || approved === form) {
    approved = null;
    return;
  }
  event.preventDefault();
  const submitter = event.submitter;
  text.textContent = form.dataset.confirm;
  yes.textContent = form.dataset.confirmYes || 'Yes';
  no.textContent = form.dataset.confirmNo || 'Cancel';
  dialog.returnValue = '';
  dialog.onclose = () => {
    if (dialog.returnValue === 'yes') {
      approved = form;
      form.requestSubmit(submitter instanceof HTMLElement && submitter.form === form ? submitter : undefined);
    } else if (submitter instanceof HTMLElement) {
      submitter.focus();
    }
  };
  dialog.showModal();
  no.focus();
});
