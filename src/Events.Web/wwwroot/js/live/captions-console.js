// The caption console. A captioner is not a participant of the session (no questions, not counted), so this page
// does not join it: it connects, asks for the chosen language's recent lines (and its live ones), and sends lines.
const $ = id => document.getElementById(id);
const config = JSON.parse($("live-config").textContent);
const keep = 30;
const form = $("caption-form");
const text = $("caption-text");
const select = $("caption-language");
const recent = $("caption-recent");
const error = $("caption-error");

function showConnection(which) {
  const el = $("live-connection");
  el.dataset.state = which;
  el.textContent = el.dataset[which];
}

function url() {
  const u = new URL(config.hub, location.href);
  if (document.documentElement.lang) u.searchParams.set("lang", document.documentElement.lang);
  return u.pathname + u.search;
}

const connection = new signalR.HubConnectionBuilder()
  .withUrl(url(), { transport: signalR.HttpTransportType.WebSockets | signalR.HttpTransportType.LongPolling })
  .withAutomaticReconnect({ nextRetryDelayInMilliseconds: retry => Math.min(30000, 1000 * 2 ** retry.previousRetryCount) })
  .build();

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

async function watch() {
  recent.replaceChildren();
  try {
    (await connection.invoke("CaptionConsole", config.eventId, select.value)).forEach(add);
    showConnection("connected");
  } catch (e) {
    console.error(e);
    showError("not-allowed");
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
    const result = await connection.invoke("SendCaption", config.eventId, select.value, value);
    if (result.errors.length > 0) {
      showError(result.errors[0]);
      return;
    }
    showError("");
    text.value = "";
    result.lines.forEach(add);
  } catch (e) {
    console.error(e);
    showError(connection.state === signalR.HubConnectionState.Connected ? "not-allowed" : "failed");
  }
}

connection.on("CaptionLine", add);
connection.onreconnecting(() => showConnection("reconnecting"));
connection.onreconnected(watch);
connection.onclose(() => showConnection("disconnected"));
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
select.addEventListener("change", watch);

showConnection("connecting");
connection.start().then(watch, e => { console.error(e); showConnection("disconnected"); });
