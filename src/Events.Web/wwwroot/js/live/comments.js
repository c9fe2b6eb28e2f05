// The attendee's comments: a second stream beside the questions, without votes. Newest first; the author's own
// pending comments apart. User text only through textContent; the words come from the partial's data-* attributes.
import { element } from "./dom.js";

const $ = id => document.getElementById(id);
const publicStatuses = new Set(["Published", "Answering", "Answered"]);

function commentItem(list, c, badge) {
  const li = element("li", "question comment");
  li.dataset.commentId = c.id;
  const body = element("p", "question-text", c.text);
  body.lang = c.language;
  const meta = element("p", "question-meta");
  if (badge) meta.append(element("span", "badge status status-pending", badge));
  meta.append(element("span", "badge language", c.language.toUpperCase()), element("span", "asker", c.askerName ?? list.dataset.anonymous));
  li.append(body, meta);
  return li;
}

// The presenter view: the latest approved comments only, newest first, bounded so the shared screen stays readable.
export function wirePresenterComments(live, shown = 20) {
  const list = $("comments");
  if (!list) return;
  let comments = new Map();

  function draw() {
    const latest = [...comments.values()].sort((a, b) => b.id - a.id).slice(0, shown).map(c => commentItem(list, c));
    list.replaceChildren(...(latest.length ? latest : [element("li", "presenter-empty", list.dataset.empty)]));
  }

  const keep = c => (publicStatuses.has(c.status) ? comments.set(c.id, c) : comments.delete(c.id));
  live.on("CommentChanged", c => { keep(c); draw(); });
  live.on("CommentRemoved", id => { comments.delete(id); draw(); });
  live.onJoined(async () => {
    comments = new Map();
    (await live.invoke("CommentsState")).comments.forEach(keep);
    draw();
  });
}

export function wireComments(live) {
  const list = $("comments");
  if (!list) return;
  const state = { comments: new Map(), mine: new Map(), known: false };
  const text = $("comment-text");
  const submit = () => $("comment").querySelector("button[type=submit]");

  function upsert(c, announce) {
    if (!publicStatuses.has(c.status)) return void state.comments.delete(c.id);
    if (announce && state.known && !state.comments.has(c.id)) {
      const announcer = $("comments-announcer");
      announcer.textContent = `${announcer.dataset.new} ${c.text}`;
    }
    state.comments.set(c.id, c);
  }

  function draw() {
    const items = [...state.comments.values()].sort((a, b) => b.id - a.id).map(c => commentItem(list, c));
    list.replaceChildren(...(items.length ? items : [element("li", "hint", list.dataset.empty)]));
  }

  function drawMine() {
    const mine = $("my-comments");
    const pending = [...state.mine.values()].filter(c => c.status === "Pending");
    mine.replaceChildren(...pending.map(c => commentItem(list, c, mine.dataset.pending)));
    $("my-comments-section").hidden = pending.length === 0;
  }

  function showError(code) {
    const error = $("comment-error");
    error.textContent = code ? error.dataset[`error${code[0].toUpperCase()}${code.slice(1)}`] ?? error.dataset.errorFailed : "";
    text.setAttribute("aria-invalid", code ? "true" : "false");
  }

  function setOpen(open) {
    submit().disabled = !open;
    if (!open) showError("closed");
  }

  function showCount() {
    const count = $("comment-count");
    count.textContent = count.dataset.template.replace("{0}", text.value.length).replace("{1}", text.maxLength);
  }

  live.on("CommentChanged", c => { upsert(c, true); draw(); });
  live.on("CommentRemoved", id => { state.comments.delete(id); state.mine.delete(id); draw(); drawMine(); });
  live.on("MyCommentChanged", c => { state.mine.set(c.id, c); drawMine(); });
  live.on("SessionChanged", s => { if (s.status === "Ended" || s.status === "Cancelled") setOpen(false); });
  live.onJoined(async () => {
    const s = await live.invoke("CommentsState");
    state.comments = new Map();
    s.comments.forEach(c => upsert(c, false));
    state.mine = new Map(s.myComments.map(c => [c.id, c]));
    state.known = true;
    setOpen(s.canComment);
    if (s.canComment) showError(null);
    draw();
    drawMine();
  });

  text.addEventListener("input", showCount);
  $("comment").addEventListener("submit", async event => {
    event.preventDefault();
    const sent = $("comment-sent");
    sent.hidden = true;
    const body = text.value.trim();
    if (!body) return showError("empty");
    const button = submit();
    button.disabled = true;
    let closed = false;
    try {
      const result = await live.invoke("Comment", { text: body, anonymity: event.target.elements.anonymity.value });
      if (result.error) {
        showError(result.error);
        closed = result.error === "Closed" || result.error === "Blocked";
        return;
      }
      showError(null);
      text.value = "";
      showCount();
      const c = result.comment;
      if (c.status === "Pending") { state.mine.set(c.id, c); drawMine(); } else { upsert(c, false); draw(); }
      sent.textContent = c.status === "Pending" ? sent.dataset.pending : sent.dataset.published;
      sent.hidden = false;
    } catch {
      showError("failed");
    } finally {
      button.disabled = closed;
    }
  });
}
