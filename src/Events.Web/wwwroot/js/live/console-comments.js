// The console's comments: three queues like the questions', without votes or answering, and "Make it a question".
import { config } from "./connection.js";
import { askFirst } from "./ask-first.js";
import { element, readTexts } from "./dom.js";

const lists = { Pending: "comments-pending", Published: "comments-published", Dismissed: "comments-removed", Hidden: "comments-removed" };
const actions = { Pending: ["Approve", "Dismiss", "Hide"], Published: ["Dismiss", "Hide"], Dismissed: ["Reopen"], Hidden: ["Reopen"] };

function button(className, text, data) {
  const b = element("button", className, text);
  b.type = "button";
  Object.assign(b.dataset, data);
  return b;
}

function commentItem(c, t, words) {
  const li = element("li", "question comment");
  li.dataset.commentId = c.id;
  li.dataset.status = c.status;
  const body = element("p", "question-text", c.text);
  body.lang = c.language;
  const meta = element("p", "question-meta");
  meta.append(
    element("span", `badge status status-${c.status.toLowerCase()}`, t.status?.[c.status] ?? c.status),
    element("span", "badge language", c.language.toUpperCase()),
    element("span", "asker", c.askerName ?? t.anonymous));
  if (c.anonymity !== "Named") meta.append(element("span", "badge anonymity", t.anonymity?.[c.anonymity] ?? ""));
  li.append(body, meta);
  if (c.heldForPersonalData && c.status === "Pending") li.append(element("p", "notice notice-warning held", t.held));
  const bar = element("div", "actions");
  for (const action of actions[c.status] ?? []) {
    const kind = action === "Approve" ? " primary" : action === "Reopen" ? "" : " danger";
    bar.append(button(`button small${kind}`, t.actions?.[action] ?? action, { commentAction: action }));
  }
  if (c.status === "Pending" || c.status === "Published") bar.append(button("button small", words.makeQuestion, { makeQuestion: "" }));
  bar.append(button("button small danger", words.block, { commentBlock: "" }));
  li.append(bar);
  return li;
}

export function wireConsoleComments(live) {
  const panel = document.querySelector("[data-console-comments]");
  if (!panel) return;
  const t = readTexts();
  const words = panel.dataset;
  const comments = new Map();

  function draw() {
    const focused = document.activeElement?.closest?.("[data-comment-id]")?.dataset.commentId;
    for (const id of new Set(Object.values(lists))) {
      const list = document.getElementById(id);
      const items = [...comments.values()].filter(c => lists[c.status] === id)
        .sort((a, b) => (id === "comments-pending" ? a.id - b.id : b.id - a.id)).map(c => commentItem(c, t, words));
      list.replaceChildren(...(items.length ? items : [element("li", "hint", list.dataset.empty)]));
    }
    document.getElementById("comments-pending-count").textContent = [...comments.values()].filter(c => c.status === "Pending").length;
    if (focused) panel.querySelector(`[data-comment-id="${CSS.escape(focused)}"] button`)?.focus();
  }

  live.on("CommentChanged", c => { comments.set(c.id, c); draw(); });
  live.on("CommentRemoved", id => { comments.delete(id); draw(); });
  live.onJoined(async () => {
    comments.clear();
    for (const c of await live.invoke("ConsoleComments", config.eventId)) comments.set(c.id, c);
    draw();
  });

  panel.addEventListener("click", async event => {
    const b = event.target.closest("button");
    const li = b?.closest("[data-comment-id]");
    if (!li) return;
    const id = Number(li.dataset.commentId);
    const ask = message => askFirst({ message, yes: b.textContent, no: t.cancel, opener: b });
    try {
      if (b.dataset.commentAction) {
        const action = b.dataset.commentAction;
        const message = action === "Dismiss" ? words.confirmDismiss : action === "Hide" ? words.confirmHide : null;
        if (message && !(await ask(message))) return;
        await live.invoke("ModerateComment", config.eventId, id, action);
      } else if (b.dataset.makeQuestion !== undefined) {
        if (await ask(words.confirmMakeQuestion)) await live.invoke("MakeQuestion", config.eventId, id);
      } else if (b.dataset.commentBlock !== undefined) {
        if (await ask(words.confirmBlock)) await live.invoke("BlockAsker", config.eventId, id);
      }
    } catch {
      document.getElementById("qa-announcer").textContent = t.failed;
    }
  });
}
