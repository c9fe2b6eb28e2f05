// Asks before a destructive moderation step, in a modal <dialog>: focus starts on the safe answer and goes back
// to the button that asked (or, if a redraw replaced it, to its replacement found by `refocus`).
let dialog;

function build() {
  dialog = document.createElement("dialog");
  dialog.className = "confirm-dialog";
  dialog.setAttribute("aria-labelledby", "ask-first-text");
  const form = document.createElement("form");
  form.method = "dialog";
  const text = document.createElement("p");
  text.id = "ask-first-text";
  const actions = document.createElement("div");
  actions.className = "actions";
  const yes = document.createElement("button");
  yes.value = "yes";
  yes.className = "button danger solid";
  const no = document.createElement("button");
  no.value = "no";
  no.className = "button";
  actions.append(yes, no);
  form.append(text, actions);
  dialog.append(form);
  document.body.append(dialog);
}

/** Resolves true when the person confirms. `opener` gets focus back; `refocus()` finds it again after a redraw. */
export function askFirst({ message, yes, no, opener, refocus }) {
  if (!dialog) build();
  const [yesButton, noButton] = dialog.querySelectorAll("button");
  dialog.querySelector("p").textContent = message;
  yesButton.textContent = yes;
  noButton.textContent = no;
  dialog.returnValue = "";
  return new Promise(resolve => {
    dialog.addEventListener("close", () => {
      const target = opener?.isConnected ? opener : refocus?.();
      target?.focus();
      resolve(dialog.returnValue === "yes");
    }, { once: true });
    dialog.showModal();
    noButton.focus();
  });
}
