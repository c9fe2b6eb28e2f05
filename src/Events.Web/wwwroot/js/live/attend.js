// The attendee live page: keeps the server-drawn shell up to date over /hubs/live.
// Every piece of user text goes in through textContent; localized words come from data-* attributes.
const config = JSON.parse(document.getElementById("live-config").textContent);
const $ = id => document.getElementById(id);
const publicStatuses = new Set(["Published", "Answering", "Answered"]);

const state = {
  questions: new Map(),
  mine: new Map(),
  myVotes: new Set(),
  channels: new Map(),
  channelId: config.channelId,
  agenda: [],
  session: null,
  known: false,
};

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

listen("QuestionChanged", q => { upsertQuestion(q, true); drawQuestions(); });
listen("QuestionRemoved", id => { state.questions.delete(id); drawQuestions(); });
listen("MyQuestionChanged", q => { state.mine.set(q.id, q); drawMine(); });
listen("SessionChanged", s => {
  state.session = s;
  drawSession();
  if (s.status === "Ended" || s.status === "Cancelled") {
    $("ask").querySelector("button[type=submit]").disabled = true;
    showAskError("closed");
  }
});
listen("ChannelChanged", c => { state.channels.set(c.id, c); drawChannel(); });
connection.onreconnecting(() => showConnection("reconnecting"));
connection.onreconnected(join);
connection.onclose(() => showConnection("disconnected"));

async function join() {
  try {
    held = [];
    const snapshot = await connection.invoke("Join", config.eventId, "Attendee", state.channelId ?? null);
    draw(snapshot);
    replayHeld();
    showConnection("connected");
  } catch (error) {
    held = null;
    console.error(error);
    showConnection("disconnected");
  }
}

function draw(snapshot) {
  state.session = snapshot.session;
  if (snapshot.myChannelId != null) {
    // The server counts us on this channel (ours if valid, else the registration's, else the floor).
    state.channelId = snapshot.myChannelId;
    const select = $("channel");
    if (select) select.value = String(state.channelId);
  }
  state.agenda = snapshot.agenda.map(a => a.id);
  state.channels = new Map(snapshot.channels.map(c => [c.id, c]));
  state.myVotes = new Set(snapshot.myVotes);
  state.mine = new Map(snapshot.myQuestions.map(q => [q.id, q]));
  state.questions = new Map();
  snapshot.questions.forEach(q => upsertQuestion(q, false));
  state.known = true;
  const fullyAnonymous = document.querySelector("[data-fully-anonymous]");
  fullyAnonymous.hidden = !snapshot.allowFullyAnonymous;
  $("ask").querySelector("button[type=submit]").disabled = !snapshot.canAsk;
  if (!snapshot.canAsk) showAskError("closed");
  drawSession();
  drawChannel();
  drawQuestions();
  drawMine();
}

function showConnection(which) {
  const el = $("live-connection");
  el.dataset.state = which;
  el.textContent = el.dataset[which];
}

// Agenda: "Now" on the current item, "Next" on the one after (or the first, before the start).
function drawSession() {
  const s = state.session;
  const line = $("session-state");
  line.textContent = line.dataset[s.status.toLowerCase()] ?? "";
  const list = $("agenda-list");
  const current = s.status === "Live" ? s.currentAgendaItemId : null;
  const index = state.agenda.indexOf(current);
  const next = s.status === "Ended" ? null : state.agenda[current == null ? 0 : index + 1] ?? null;
  for (const item of list.querySelectorAll("[data-agenda-id]")) {
    const id = Number(item.dataset.agendaId);
    const marker = item.querySelector(".agenda-marker");
    item.classList.toggle("now", id === current);
    item.classList.toggle("next", id === next);
    item.toggleAttribute("aria-current", id === current);
    marker.hidden = id !== current && id !== next;
    marker.textContent = id === current ? list.dataset.now : id === next ? list.dataset.next : "";
  }
}

// Channels: the player for the chosen channel and whether it is on air.
const audioStream = /\.(mp3|aac|m4a|ogg|oga|opus|wav|flac)$|\/(stream|live|listen)$/i;

function safeUrl(value) {
  try {
    const url = new URL(value, location.href);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

function drawChannel() {
  const player = $("player");
  if (!player) return;
  const channel = state.channels.get(state.channelId);
  const air = $("channel-air");
  air.textContent = channel?.isLive ? air.dataset.on : air.dataset.off;
  air.classList.toggle("on-air", !!channel?.isLive);
  const url = channel?.joinUrl ? safeUrl(channel.joinUrl) : null;
  const current = player.firstElementChild;
  if (current && current.dataset.url === (url?.href ?? "")) return;
  let element;
  if (!url) {
    element = document.createElement("p");
    element.className = "hint";
    element.textContent = player.dataset.noLink;
  } else if (audioStream.test(url.pathname)) {
    element = document.createElement("audio");
    element.controls = true;
    element.preload = "none";
    element.src = url.href;
    element.setAttribute("aria-label", player.dataset.audioLabel);
  } else {
    element = document.createElement("a");
    element.className = "button primary";
    element.href = url.href;
    element.target = "_blank";
    element.rel = "noopener noreferrer";
    element.textContent = player.dataset.join;
  }
  element.dataset.url = url?.href ?? "";
  player.replaceChildren(element);
}

$("channel")?.addEventListener("change", async event => {
  state.channelId = Number(event.target.value);
  drawChannel();
  try {
    await connection.invoke("SelectChannel", state.channelId);
  } catch {
    // Counted again on the next join; the player already follows the choice.
  }
});

// Questions.
function upsertQuestion(q, announce) {
  if (!publicStatuses.has(q.status)) {
    state.questions.delete(q.id);
    return;
  }
  const isNew = !state.questions.has(q.id);
  state.questions.set(q.id, q);
  if (announce && isNew && state.known) {
    const announcer = $("qa-announcer");
    announcer.textContent = `${announcer.dataset.new} ${q.text}`;
  }
}

function byVotes(a, b) {
  const rank = q => (q.status === "Answering" ? 0 : q.status === "Answered" ? 2 : 1);
  return rank(a) - rank(b) || b.votes - a.votes || a.id - b.id;
}

function byTime(a, b) {
  return b.createdAtUtc.localeCompare(a.createdAtUtc) || b.id - a.id;
}

function questionItem(list, q, withVote) {
  const item = document.createElement("li");
  item.className = "question";
  item.dataset.questionId = q.id;
  item.dataset.status = q.status;
  const text = document.createElement("p");
  text.className = "question-text";
  text.lang = q.language;
  text.textContent = q.text;
  const meta = document.createElement("p");
  meta.className = "question-meta";
  const status = document.createElement("span");
  status.className = `badge status status-${q.status.toLowerCase()}`;
  status.textContent = list.dataset[`status${q.status}`] ?? $("questions").dataset[`status${q.status}`] ?? q.status;
  const language = document.createElement("span");
  language.className = "badge language";
  language.textContent = q.language.toUpperCase();
  const asker = document.createElement("span");
  asker.className = "asker";
  asker.textContent = q.askerName ?? $("questions").dataset.anonymous;
  meta.append(status, language, asker);
  item.append(text, meta);
  if (withVote) item.append(voteButton(q));
  return item;
}

function voteButton(q) {
  const labels = $("questions").dataset;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "vote";
  button.dataset.vote = q.id;
  button.setAttribute("aria-pressed", String(state.myVotes.has(q.id)));
  const hidden = document.createElement("span");
  hidden.className = "visually-hidden";
  hidden.textContent = `${labels.vote}, `;
  const count = document.createElement("span");
  count.className = "count";
  count.textContent = q.votes;
  const unit = document.createElement("span");
  unit.className = "visually-hidden";
  unit.textContent = ` ${labels.votes}`;
  const arrow = document.createElement("span");
  arrow.setAttribute("aria-hidden", "true");
  arrow.textContent = "▲ ";
  button.append(hidden, arrow, count, unit);
  return button;
}

function drawQuestions() {
  const list = $("questions");
  const focusedVote = document.activeElement?.dataset?.vote;
  const order = $("sort").value === "time" ? byTime : byVotes;
  const items = [...state.questions.values()].sort(order).map(q => questionItem(list, q, q.status !== "Answered"));
  if (items.length === 0) {
    const empty = document.createElement("li");
    empty.className = "hint";
    empty.textContent = list.dataset.empty;
    items.push(empty);
  }
  list.replaceChildren(...items);
  if (focusedVote) list.querySelector(`[data-vote="${CSS.escape(focusedVote)}"]`)?.focus();
}

function drawMine() {
  const pending = [...state.mine.values()].filter(q => q.status === "Pending");
  const list = $("my-pending");
  list.replaceChildren(...pending.map(q => questionItem(list, q, false)));
  $("my-pending-section").hidden = pending.length === 0;
}

$("sort").addEventListener("change", drawQuestions);

$("questions").addEventListener("click", async event => {
  const button = event.target.closest("button[data-vote]");
  if (!button) return;
  const id = Number(button.dataset.vote);
  const up = !state.myVotes.has(id);
  button.disabled = true;
  try {
    if (await connection.invoke("Vote", id, up)) {
      if (up) state.myVotes.add(id); else state.myVotes.delete(id);
    }
  } catch (error) {
    console.error(error);
  } finally {
    // The new count may have been drawn already, before this answer: redraw so the pressed state matches.
    button.disabled = false;
    drawQuestions();
  }
});

// Asking.
const askText = $("ask-text");
const askCount = $("ask-count");

function showCount() {
  askCount.textContent = askCount.dataset.template.replace("{0}", askText.value.length).replace("{1}", askText.maxLength);
}

function showAskError(code) {
  const error = $("ask-error");
  error.textContent = code ? error.dataset[`error${code[0].toUpperCase()}${code.slice(1)}`] ?? error.dataset.errorFailed : "";
  askText.setAttribute("aria-invalid", code ? "true" : "false");
}

askText.addEventListener("input", showCount);

$("ask").addEventListener("submit", async event => {
  event.preventDefault();
  const form = event.target;
  const sent = $("ask-sent");
  sent.hidden = true;
  const text = askText.value.trim();
  if (!text) return showAskError("empty");
  const anonymity = form.elements.anonymity.value;
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    const result = await connection.invoke("Ask", { text, anonymity });
    if (result.error) {
      showAskError(result.error);
      // Closed or blocked will not change by trying again.
      if (result.error === "Closed" || result.error === "Blocked") form.querySelector("button[type=submit]").dataset.stay = "disabled";
      return;
    }
    showAskError(null);
    askText.value = "";
    showCount();
    const q = result.question;
    if (q.status === "Pending") {
      state.mine.set(q.id, q);
      drawMine();
    } else {
      upsertQuestion(q, false);
      drawQuestions();
    }
    sent.textContent = q.status === "Pending" ? sent.dataset.pending : sent.dataset.published;
    sent.hidden = false;
  } catch {
    showAskError("failed");
  } finally {
    button.disabled = button.dataset.stay === "disabled";
  }
});

async function start() {
  showConnection("connecting");
  try {
    await connection.start();
  } catch (error) {
    console.error(error);
    showConnection("disconnected");
    // The server may be restarting: keep trying, more slowly each time.
    retryDelay = Math.min(30000, retryDelay * 2);
    setTimeout(start, retryDelay);
    return;
  }
  retryDelay = 1000;
  await join();
}

let retryDelay = 1000;

start();
