// The caption console. A captioner is not a participant of the session (no questions, not counted), so this page
// connects through connection.js without joining: after every (re)connect it asks for the chosen language's recent
// lines (and its live ones); it sends lines.
import { config, connectLive } from "./connection.js";

const $ = id => document.getElementById(id);
const keep = 30;
const form = $("caption-form");
const text = $("caption-text");
const select = $("caption-language");
const recent = $("caption-recent");
const error = $("caption-error");

const live = connectLive({});

function add(line) {
  if (line.language !== select.value) return;
  if (recent.querySelector(`[data-id="${line.id}"]`)) return;
  const item = document.createElement("li");
  item.dataset.id = String(line.id);
  item.lang = line.language;
  const time = document.createElement("time");
  time.dateTime = line.atUtc;
  time.textContent = new Date(line.atUtc).toLocaleTimeString(document.documentElement.lang || undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  item.append(time, " ", line.speakerLabel ? `${line.speakerLabel}: ${line.text}` : line.text);
  recent.prepend(item);
  while (recent.children.length > keep) recent.lastElementChild.remove();
}

// Refused (no longer on the team) is said on the page; rethrown, connection.js then stops trying.
async function watch() {
  recent.replaceChildren();
  try {
    (await live.invoke("CaptionConsole", config.eventId, select.value)).forEach(add);
  } catch (e) {
    showError(live.connected() ? "not-allowed" : "failed");
    throw e;
  }
}

function showError(code) {
  const key = code.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  error.textContent = code ? error.dataset[key] ?? error.dataset.failed : "";
}

async function send() {
  const value = text.value;
  if (!value.trim()) return;
  try {
    const result = await live.invoke("SendCaption", config.eventId, select.value, value);
    if (result.errors.length > 0) {
      showError(result.errors[0]);
      return;
    }
    showError("");
    text.value = "";
    result.lines.forEach(add);
  } catch (e) {
    console.error(e);
    showError(live.connected() ? "not-allowed" : "failed");
  }
}

live.on("CaptionLine", add);
live.onJoined(watch);
form.addEventListener("submit", event => { event.preventDefault(); send(); });
// Enter sends; Shift+Enter is a new line. A pasted block (several lines) goes at once: the server splits it into lines.
text.addEventListener("keydown", event => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    send();
  }
});
text.addEventListener("paste", event => {
  const pasted = event.clipboardData?.getData("text") ?? "";
  if (!pasted.includes("\n")) return;
  event.preventDefault();
  text.value = (text.value ? text.value + "\n" : "") + pasted;
  send();
});
select.addEventListener("change", () => watch().catch(e => console.error(e)));
