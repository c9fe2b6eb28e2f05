// The presenter view: the question being answered, then the five most voted. Audience view only, so a name
// appears only where the asker chose to show it. Text goes in through textContent only.
const config = JSON.parse(document.getElementById("live-config").textContent);
const $ = id => document.getElementById(id);
const topCount = 5;
let questions = new Map();

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

listen("QuestionChanged", q => { questions.set(q.id, q); draw(); });
listen("QuestionRemoved", id => { questions.delete(id); draw(); });
listen("MyQuestionChanged", () => {});
listen("SessionChanged", () => {});
listen("ChannelChanged", () => {});
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
    const snapshot = await connection.invoke("Join", config.eventId, "Presenter", null);
    questions = new Map(snapshot.questions.map(q => [q.id, q]));
    draw();
    replayHeld();
    showConnection("connected");
  } catch (error) {
    held = null;
    console.error(error);
    showConnection("disconnected");
  }
}

function block(q, tag) {
  const el = document.createElement(tag);
  el.className = "presenter-question";
  el.dataset.questionId = q.id;
  const text = document.createElement("p");
  text.className = "question-text";
  text.lang = q.language;
  text.textContent = q.text;
  const meta = document.createElement("p");
  meta.className = "question-meta";
  const language = document.createElement("span");
  language.className = "badge language";
  language.textContent = q.language.toUpperCase();
  meta.append(language);
  if (q.askerName) {
    const asker = document.createElement("span");
    asker.className = "asker";
    asker.textContent = q.askerName;
    meta.append(asker);
  }
  const votes = document.createElement("span");
  votes.className = "votes";
  votes.textContent = `▲ ${q.votes}`;
  meta.append(votes);
  el.append(text, meta);
  return el;
}

function empty(tag, message) {
  const el = document.createElement(tag);
  el.className = "presenter-empty";
  el.textContent = message;
  return el;
}

function draw() {
  const all = [...questions.values()];
  const current = all.find(q => q.status === "Answering");
  const currentBox = $("current");
  currentBox.replaceChildren(current ? block(current, "div") : empty("p", currentBox.dataset.none));
  const top = all.filter(q => q.status === "Published").sort((a, b) => b.votes - a.votes || a.id - b.id).slice(0, topCount);
  const list = $("top");
  list.replaceChildren(...(top.length ? top.map(q => block(q, "li")) : [empty("li", list.dataset.empty)]));
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
