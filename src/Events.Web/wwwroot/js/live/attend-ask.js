// The attendee's ask form: character count, the server's refusal codes worded by the page, the sent notice.
const $ = id => document.getElementById(id);
const askText = $("ask-text");
const askCount = $("ask-count");
const submit = () => $("ask").querySelector("button[type=submit]");

function showCount() {
  askCount.textContent = askCount.dataset.template.replace("{0}", askText.value.length).replace("{1}", askText.maxLength);
}

/** Shows the message for an error code ("closed", "TooLong", …), or clears it with null. */
export function showAskError(code) {
  const error = $("ask-error");
  error.textContent = code ? error.dataset[`error${code[0].toUpperCase()}${code.slice(1)}`] ?? error.dataset.errorFailed : "";
  askText.setAttribute("aria-invalid", code ? "true" : "false");
}

/** Opens or closes asking (session ended, questions closed). */
export function setAskOpen(open) {
  const button = submit();
  button.disabled = !open || button.dataset.stay === "disabled";
  if (!open) showAskError("closed");
}

/** `onSent(question)` receives the question the server kept (pending or published). */
export function wireAskForm(live, onSent) {
  askText.addEventListener("input", showCount);
  $("ask").addEventListener("submit", async event => {
    event.preventDefault();
    const form = event.target;
    const sent = $("ask-sent");
    sent.hidden = true;
    const text = askText.value.trim();
    if (!text) return showAskError("empty");
    const button = submit();
    button.disabled = true;
    try {
      const result = await live.invoke("Ask", { text, anonymity: form.elements.anonymity.value });
      if (result.error) {
        showAskError(result.error);
        // Closed or blocked will not change by trying again.
        if (result.error === "Closed" || result.error === "Blocked") button.dataset.stay = "disabled";
        return;
      }
      showAskError(null);
      askText.value = "";
      showCount();
      onSent(result.question);
      sent.textContent = result.question.status === "Pending" ? sent.dataset.pending : sent.dataset.published;
      sent.hidden = false;
    } catch {
      showAskError("failed");
    } finally {
      button.disabled = button.dataset.stay === "disabled";
    }
  });
}
