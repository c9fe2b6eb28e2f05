// The moderator console: session control, presence, channels and the question queues.
// Question text and names go in through textContent only.
const config = JSON.parse(document.getElementById("live-config").textContent);
const $ = id => document.getElementById(id);
const eventId = config.eventId;

const state = { questions: new Map(), channels: new Map(), agenda: new Map(), presence: { total: 0, byChannel: {} }, session: null };

const connection = new signalR.HubConnectionBuilder()
  .withUrl(config.hub, { transport: signalR.HttpTransportType.WebSockets | signalR.HttpTransportType.LongPolling })
  .withAutomaticReconnect({ nextRetryDelayInMilliseconds: retry => Math.min(30000, 1000 * 2 ** retry.previousRetryCount) })
  .withStatefulReconnect()
  .build();

// Messages arriving while a join is under way are held, then applied after its snapshot (which may be older).
let held = null;
function listen(name, handler) {
  connection.on(name, (...args) => (held ? held.push(() => handler(...args)) : handler(...args)));
}
function replayHeld() {
  const replay = held ?? [];
  held = null;
  replay.forEach(apply => apply());
}

listen("QuestionChanged", q => { state.questions.set(q.id, q); drawQuestions(); });
listen("QuestionRemoved", () => {});
listen("MyQuestionChanged", () => {});
listen("SessionChanged", s => { state.session = s; drawSession(); });
listen("ChannelChanged", c => { state.channels.set(c.id, c); drawChannels(); });
listen("PresenceChanged", p => { state.presence = p; drawChannels(); });
connection.onreconnecting(() => showConnection("reconnecting"));
connection.onreconnected(join);
connection.onclose(() => showConnection("disconnected"));

function showConnection(which) {
  const el = $("live-connection");
  el.dataset.state = which;
  el.textContent = el.dataset[which];
}

async function join() {
  try {
    held = [];
    const s = await connection.invoke("Join", eventId, "Console", null);
    state.session = s.session;
    state.agenda = new Map(s.agenda.map(a => [a.id, a]));
    state.channels = new Map(s.channels.map(c => [c.id, c]));
    state.questions = new Map(s.questions.map(q => [q.id, q]));
    state.presence = s.presence ?? state.presence;
    drawSession();
    drawChannels();
    drawQuestions();
    replayHeld();
    showConnection("connected");
  } catch (error) {
    held = null;
    console.error(error);
    showConnection("disconnected");
  }
}

function drawSession() {
  const s = state.session;
  $("session-status").textContent = s.status;
  $("session-item").textContent = state.agenda.get(s.currentAgendaItemId)?.title ?? "—";
}

$("session-commands").addEventListener("click", async event => {
  const button = event.target.closest("button[data-command]");
  if (!button || (button.dataset.confirm && !confirm(button.dataset.confirm))) return;
  const ok = await call("RunSession", eventId, button.dataset.command);
  $("session-error").textContent = ok ? "" : `“${button.textContent}” is not possible now.`;
});

function drawChannels() {
  const rows = [...state.channels.values()].map(c => {
    const row = document.createElement("tr");
    row.dataset.channelId = c.id;
    const name = document.createElement("th");
    name.scope = "row";
    name.textContent = c.label;
    const listeners = document.createElement("td");
    listeners.className = "listeners";
    listeners.textContent = state.presence.byChannel[c.id] ?? 0;
    const air = document.createElement("td");
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = c.isLive ? "button primary" : "button";
    toggle.dataset.channel = c.id;
    toggle.setAttribute("aria-pressed", String(c.isLive));
    toggle.setAttribute("aria-label", `${c.label} on air`);
    toggle.textContent = c.isLive ? "On air" : "Off air";
    air.append(toggle);
    row.append(name, listeners, air);
    return row;
  });
  $("channels").replaceChildren(...rows);
  $("presence-total").textContent = state.presence.total;
}

$("channels").addEventListener("click", event => {
  const toggle = event.target.closest("button[data-channel]");
  if (!toggle) return;
  call("SetChannelLive", eventId, Number(toggle.dataset.channel), toggle.getAttribute("aria-pressed") !== "true");
});

const lists = {
  Pending: "pending", Published: "published", Answering: "published", Answered: "published", Dismissed: "removed", Hidden: "removed",
};
const actions = {
  Pending: ["Approve", "Dismiss", "Hide"],
  Published: ["Answering", "Answered", "Dismiss", "Hide"],
  Answering: ["Answered", "Reopen", "Hide"],
  Answered: ["Reopen", "Hide"],
  Dismissed: ["Reopen"],
  Hidden: ["Reopen"],
};
const actionLabels = { Approve: "Approve", Dismiss: "Dismiss", Answering: "Answering now", Answered: "Answered", Reopen: "Reopen", Hide: "Hide" };

function text(tag, className, value) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.textContent = value;
  return el;
}

function questionItem(q, targets) {
  const item = document.createElement("li");
  item.className = "question";
  item.dataset.questionId = q.id;
  item.dataset.status = q.status;
  const body = text("p", "question-text", q.text);
  body.lang = q.language;
  const meta = document.createElement("p");
  meta.className = "question-meta";
  meta.append(
    text("span", `badge status status-${q.status.toLowerCase()}`, q.status === "Answering" ? "Answering now" : q.status),
    text("span", "badge language", q.language.toUpperCase()),
    text("span", "votes", `${q.votes} vote${q.votes === 1 ? "" : "s"}`),
    text("span", "asker", q.askerName ?? (q.anonymity === "AnonymousToEveryone" ? "Anonymous to everyone" : "Anonymous")));
  item.append(body, meta);
  if (q.heldForPersonalData && q.status === "Pending") {
    item.append(text("p", "notice notice-warning held", "Held: looks like personal data (an email address or phone number). Check before approving."));
  }
  const bar = document.createElement("div");
  bar.className = "actions";
  for (const action of actions[q.status] ?? []) {
    const button = text("button", action === "Approve" ? "button primary" : "button", actionLabels[action]);
    button.type = "button";
    button.dataset.action = action;
    bar.append(button);
  }
  if (targets.length > 0 && q.status !== "Dismissed" && q.status !== "Hidden") bar.append(mergeControl(q, targets));
  const block = text("button", "button danger", "Stop asker");
  block.type = "button";
  block.dataset.block = "";
  bar.append(block);
  item.append(bar);
  return item;
}

function mergeControl(q, targets) {
  const wrap = document.createElement("span");
  wrap.className = "merge";
  const select = document.createElement("select");
  select.id = `merge-${q.id}`;
  select.append(text("option", "", "Merge into…"));
  select.firstChild.value = "";
  for (const t of targets) {
    if (t.id === q.id) continue;
    const option = text("option", "", `#${t.id} ${t.text.slice(0, 60)}`);
    option.value = t.id;
    select.append(option);
  }
  const label = text("label", "visually-hidden", `Merge question ${q.id} into`);
  label.htmlFor = select.id;
  const button = text("button", "button", "Merge");
  button.type = "button";
  button.dataset.merge = "";
  wrap.append(label, select, button);
  return wrap;
}

function drawQuestions() {
  const all = [...state.questions.values()].filter(q => q.status !== "Merged");
  const targets = all.filter(q => lists[q.status] === "published").sort((a, b) => a.id - b.id);
  // Lists are redrawn whole: keep the keyboard user's place on the same button of the same question.
  const focused = document.activeElement;
  const focusedQuestion = focused?.closest("[data-question-id]")?.dataset.questionId;
  const focusedAction = focused?.dataset.action;
  const focusedId = focused?.id;
  // A moderator half-way through choosing a merge target keeps the choice while votes come in.
  const mergeChoices = new Map([...document.querySelectorAll("select[id^=merge-]")].map(select => [select.id, select.value]));
  for (const [name, sort] of [["pending", (a, b) => a.id - b.id], ["published", byVotes], ["removed", (a, b) => b.id - a.id]]) {
    const list = $(name);
    const items = all.filter(q => lists[q.status] === name).sort(sort).map(q => questionItem(q, targets));
    if (items.length === 0) items.push(text("li", "hint", list.dataset.empty));
    list.replaceChildren(...items);
  }
  $("pending-count").textContent = all.filter(q => q.status === "Pending").length;
  for (const [id, value] of mergeChoices) {
    const select = document.getElementById(id);
    if (select && [...select.options].some(o => o.value === value)) select.value = value;
  }
  if (focusedQuestion && focusedAction) {
    document.querySelector(`[data-question-id="${focusedQuestion}"] [data-action="${focusedAction}"]`)?.focus();
  } else if (focusedId && focusedId.startsWith("merge-")) {
    document.getElementById(focusedId)?.focus();
  }
}

function byVotes(a, b) {
  const rank = q => (q.status === "Answering" ? 0 : q.status === "Answered" ? 2 : 1);
  return rank(a) - rank(b) || b.votes - a.votes || a.id - b.id;
}

document.querySelector(".live-qa").addEventListener("click", async event => {
  const button = event.target.closest("button");
  const item = button?.closest("[data-question-id]");
  if (!item) return;
  const id = Number(item.dataset.questionId);
  if (button.dataset.action) {
    await call("Moderate", eventId, id, button.dataset.action);
  } else if (button.dataset.merge !== undefined) {
    const target = Number(item.querySelector("select").value);
    if (target) await call("Merge", eventId, id, target);
  } else if (button.dataset.block !== undefined) {
    if (confirm("Stop this person from asking more questions in this session?")) {
      const ok = await call("BlockAsker", eventId, id);
      $("qa-announcer").textContent = ok ? "The asker can no longer ask questions." : "Could not stop this asker.";
    }
  }
});

async function call(method, ...args) {
  try {
    return await connection.invoke(method, ...args);
  } catch {
    $("qa-announcer").textContent = "That did not work; the page will resynchronise.";
    return false;
  }
}

async function start() {
  try {
    await connection.start();
  } catch (error) {
    console.error(error);
    showConnection("disconnected");
    return;
  }
  await join();
}

start();
