// The console's three question queues (pending, published, dismissed and hidden), redrawn whole on each change.
import { element, format, plural } from "./dom.js";

// Counts are kept by version (vote-counts.js): console.js stores questions with keepQuestion and wires the counts.
export { keepQuestion, wireVoteCounts } from "./vote-counts.js";

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

function button(className, text, data) {
  const b = element("button", className, text);
  b.type = "button";
  Object.assign(b.dataset, data);
  return b;
}

function questionItem(q, targets, t) {
  const item = document.createElement("li");
  item.className = "question";
  item.dataset.questionId = q.id;
  item.dataset.status = q.status;
  const body = element("p", "question-text", q.text);
  body.lang = q.language;
  const meta = element("p", "question-meta");
  meta.append(
    element("span", `badge status status-${q.status.toLowerCase()}`, t.status[q.status]),
    element("span", "badge language", q.language.toUpperCase()),
    element("span", "votes", plural(q.votes, t.votesOne, t.votesOther)),
    element("span", "asker", q.askerName ?? t.anonymous));
  if (q.anonymity !== "Named") meta.append(element("span", "badge anonymity", t.anonymity[q.anonymity]));
  item.append(body, meta);
  if (q.heldForPersonalData && q.status === "Pending") item.append(element("p", "notice notice-warning held", t.held));
  const bar = element("div", "actions");
  for (const action of actions[q.status] ?? []) {
    const kind = action === "Approve" ? " primary" : action === "Dismiss" || action === "Hide" ? " danger" : "";
    bar.append(button(`button small${kind}`, t.actions[action], { action }));
  }
  if (targets.some(target => target.id !== q.id) && q.status !== "Dismissed" && q.status !== "Hidden") bar.append(mergeControl(q, targets, t));
  bar.append(button("button small danger", t.block, { block: "" }));
  item.append(bar);
  return item;
}

function mergeControl(q, targets, t) {
  const wrap = element("span", "merge");
  const select = document.createElement("select");
  select.id = `merge-${q.id}`;
  const none = element("option", "", t.mergeInto);
  none.value = "";
  select.append(none);
  for (const target of targets) {
    if (target.id === q.id) continue;
    const option = element("option", "", `#${target.id} ${target.text.slice(0, 60)}`);
    option.value = target.id;
    select.append(option);
  }
  const label = element("label", "visually-hidden", format(t.mergeLabel, q.id));
  label.htmlFor = select.id;
  wrap.append(label, select, button("button small", t.merge, { merge: "" }));
  return wrap;
}

function byVotes(a, b) {
  const rank = q => (q.status === "Answering" ? 0 : q.status === "Answered" ? 2 : 1);
  return rank(a) - rank(b) || b.votes - a.votes || a.id - b.id;
}

const order = [["pending", (a, b) => a.id - b.id], ["published", byVotes], ["removed", (a, b) => b.id - a.id]];

export function drawQuestions(questions, t) {
  const all = [...questions.values()].filter(q => q.status !== "Merged");
  const targets = all.filter(q => lists[q.status] === "published").sort((a, b) => a.id - b.id);
  // Lists are redrawn whole: keep the keyboard user's place on the same button of the same question.
  const focused = document.activeElement;
  const focusedQuestion = focused?.closest("[data-question-id]")?.dataset.questionId;
  const focusedControl = ["action", "merge", "block"].find(key => focused?.dataset[key] !== undefined);
  const focusedId = focused?.id;
  // A moderator half-way through choosing a merge target keeps the choice while votes come in.
  const mergeChoices = new Map([...document.querySelectorAll("select[id^=merge-]")].map(select => [select.id, select.value]));
  for (const [name, sort] of order) {
    const list = document.getElementById(name);
    const items = all.filter(q => lists[q.status] === name).sort(sort).map(q => questionItem(q, targets, t));
    if (items.length === 0) items.push(element("li", "hint", list.dataset.empty));
    list.replaceChildren(...items);
  }
  document.getElementById("pending-count").textContent = all.filter(q => q.status === "Pending").length;
  for (const [id, value] of mergeChoices) {
    const select = document.getElementById(id);
    if (select && [...select.options].some(o => o.value === value)) select.value = value;
  }
  if (focusedQuestion && focusedControl) {
    const value = focusedControl === "action" ? `="${focused.dataset.action}"` : "";
    document.querySelector(`[data-question-id="${focusedQuestion}"] [data-${focusedControl}${value}]`)?.focus();
  } else if (focusedId?.startsWith("merge-")) {
    document.getElementById(focusedId)?.focus();
  }
}
