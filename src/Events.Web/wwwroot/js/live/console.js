// The moderator console: session control, presence, channels and the question queues.
// Question text and names go in through textContent only; every word comes from the page (#live-texts).
import { config, connectLive } from "./connection.js";
import { askFirst } from "./ask-first.js";
import { channelLabel, element, format, readTexts } from "./dom.js";
import { drawQuestions, keepQuestion, wireVoteCounts } from "./console-questions.js";
import { wireConsoleComments } from "./console-comments.js";
import { wirePolls } from "./polls.js";

const $ = id => document.getElementById(id);
const t = readTexts();
const eventId = config.eventId;
const state = { questions: new Map(), channels: new Map(), agenda: new Map(), presence: { total: 0, byChannel: {} }, session: null };
const redraw = () => drawQuestions(state.questions, t);

const live = connectLive({
  view: "Console",
  handlers: {
    QuestionChanged: q => { keepQuestion(state.questions, q); redraw(); },
    SessionChanged: s => { state.session = s; drawSession(); },
    ChannelChanged: c => { state.channels.set(c.id, c); drawChannels(); },
    PresenceChanged: p => { state.presence = p; drawChannels(); },
  },
  onSnapshot: s => {
    state.session = s.session;
    state.agenda = new Map(s.agenda.map(a => [a.id, a]));
    state.channels = new Map(s.channels.map(c => [c.id, c]));
    state.questions = new Map(s.questions.map(q => [q.id, q]));
    state.presence = s.presence ?? state.presence;
    drawSession();
    drawChannels();
    redraw();
  },
});

wireConsoleComments(live);
wireVoteCounts(live, () => state.questions, redraw);

function drawSession() {
  const s = state.session;
  const status = $("session-status");
  status.dataset.status = s.status;
  status.textContent = t.session[s.status] ?? t.unknown;
  $("session-item").textContent = state.agenda.get(s.currentAgendaItemId)?.title ?? t.noItem;
}

$("session-commands").addEventListener("click", async event => {
  const button = event.target.closest("button[data-command]");
  if (!button) return;
  if (button.dataset.askFirst && !(await askFirst({ message: button.dataset.askFirst, yes: button.textContent, no: t.cancel, opener: button }))) return;
  const ok = await call("RunSession", eventId, button.dataset.command);
  $("session-error").textContent = ok ? "" : format(t.notPossible, button.textContent);
});

function drawChannels() {
  const rows = [...state.channels.values()].map(c => {
    const row = document.createElement("tr");
    row.dataset.channelId = c.id;
    const name = element("th", "", channelLabel(c));
    name.scope = "row";
    const listeners = element("td", "listeners", state.presence.byChannel[c.id] ?? 0);
    const air = document.createElement("td");
    const toggle = element("button", c.isLive ? "button primary" : "button", c.isLive ? t.onAir : t.offAir);
    toggle.type = "button";
    toggle.dataset.channel = c.id;
    toggle.setAttribute("aria-pressed", String(c.isLive));
    toggle.setAttribute("aria-label", format(t.onAirLabel, channelLabel(c)));
    air.append(toggle);
    row.append(name, listeners, air);
    return row;
  });
  // Redrawn whole: keep a keyboard user on the toggle they just pressed.
  const focused = document.activeElement?.dataset?.channel;
  $("channels").replaceChildren(...rows);
  if (focused) $("channels").querySelector(`[data-channel="${CSS.escape(focused)}"]`)?.focus();
  $("presence-total").textContent = state.presence.total;
}

$("channels").addEventListener("click", event => {
  const toggle = event.target.closest("button[data-channel]");
  if (!toggle) return;
  call("SetChannelLive", eventId, Number(toggle.dataset.channel), toggle.getAttribute("aria-pressed") !== "true");
});

// Steps that take a question away from the audience, or its asker's voice, ask first.
const asksFirst = new Set(["Dismiss", "Hide"]);

document.querySelector(".live-qa").addEventListener("click", async event => {
  const button = event.target.closest("button");
  const item = button?.closest("[data-question-id]");
  if (!item) return;
  const id = Number(item.dataset.questionId);
  const again = selector => () => document.querySelector(`[data-question-id="${id}"] ${selector}`);
  const confirmed = (message, yes, selector) => askFirst({ message, yes, no: t.cancel, opener: button, refocus: again(selector) });
  if (button.dataset.action) {
    const action = button.dataset.action;
    if (asksFirst.has(action) && !(await confirmed(t.confirm[action], t.actions[action], `[data-action="${action}"]`))) return;
    await call("Moderate", eventId, id, action);
  } else if (button.dataset.merge !== undefined) {
    const target = Number(item.querySelector("select").value);
    if (!target) {
      item.querySelector("select").focus();
      return;
    }
    if (await confirmed(format(t.confirm.Merge, target), t.merge, "[data-merge]")) await call("Merge", eventId, id, target);
  } else if (button.dataset.block !== undefined) {
    if (await confirmed(t.confirm.Block, t.block, "[data-block]")) {
      const ok = await call("BlockAsker", eventId, id);
      $("qa-announcer").textContent = ok ? t.blocked : t.blockFailed;
    }
  }
});

async function call(method, ...args) {
  try {
    return await live.invoke(method, ...args);
  } catch {
    $("qa-announcer").textContent = t.failed;
    return false;
  }
}

wirePolls(live);
