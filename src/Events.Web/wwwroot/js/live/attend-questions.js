// The attendee's question list (public questions, with votes) and their own questions awaiting moderation.
import { applyCounts, keepQuestion, wireVoteCounts } from "./vote-counts.js";

const $ = id => document.getElementById(id);
const publicStatuses = new Set(["Published", "Answering", "Answered"]);

export function upsertQuestion(state, q, announce) {
  if (!publicStatuses.has(q.status)) {
    state.questions.delete(q.id);
    return;
  }
  const isNew = !state.questions.has(q.id);
  keepQuestion(state.questions, q);
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

function span(className, text) {
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}

function questionItem(state, q, withVote) {
  const labels = $("questions").dataset;
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
  meta.append(
    span(`badge status status-${q.status.toLowerCase()}`, labels[`status${q.status}`] ?? ""),
    span("badge language", q.language.toUpperCase()),
    span("asker", q.askerName ?? labels.anonymous));
  item.append(text, meta);
  if (withVote) item.append(voteButton(state, q, labels));
  return item;
}

function voteButton(state, q, labels) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "vote";
  button.dataset.vote = q.id;
  button.setAttribute("aria-pressed", String(state.myVotes.has(q.id)));
  const arrow = span("", "▲ ");
  arrow.setAttribute("aria-hidden", "true");
  button.append(span("visually-hidden", `${labels.vote}, `), arrow, span("count", q.votes), span("visually-hidden", ` ${labels.votes}`));
  return button;
}

export function drawQuestions(state) {
  const list = $("questions");
  const focusedVote = document.activeElement?.dataset?.vote;
  const order = $("sort").value === "time" ? byTime : byVotes;
  const items = [...state.questions.values()].sort(order).map(q => questionItem(state, q, q.status !== "Answered"));
  if (items.length === 0) {
    const empty = document.createElement("li");
    empty.className = "hint";
    empty.textContent = list.dataset.empty;
    items.push(empty);
  }
  list.replaceChildren(...items);
  if (focusedVote) list.querySelector(`[data-vote="${CSS.escape(focusedVote)}"]`)?.focus();
}

export function drawMine(state) {
  const pending = [...state.mine.values()].filter(q => q.status === "Pending");
  $("my-pending").replaceChildren(...pending.map(q => questionItem(state, q, false)));
  $("my-pending-section").hidden = pending.length === 0;
}

export function wireVoting(state, live) {
  $("sort").addEventListener("change", () => drawQuestions(state));
  wireVoteCounts(live, () => state.questions, () => drawQuestions(state));
  $("questions").addEventListener("click", async event => {
    const button = event.target.closest("button[data-vote]");
    if (!button) return;
    const id = Number(button.dataset.vote);
    const up = !state.myVotes.has(id);
    button.disabled = true;
    try {
      // The new count comes back at once (null when refused); the room hears it in the next VotesChanged.
      const count = await live.invoke("Vote", id, up);
      if (count) {
        if (up) state.myVotes.add(id); else state.myVotes.delete(id);
        applyCounts(state.questions, [count]);
      }
    } catch (error) {
      console.error(error);
    } finally {
      // The new count may have been drawn already, before this answer: redraw so the pressed state matches.
      button.disabled = false;
      drawQuestions(state);
    }
  });
}
