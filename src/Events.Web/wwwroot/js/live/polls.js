// Polls on the three live pages (the #polls section says which view): attendees answer the open poll in their
// language, the console opens and closes polls, every view draws results as bars. Results arrive coalesced, each
// with a version: the highest heard per poll is kept. Text goes in through textContent only.
import { config } from "./connection.js";
import { element, format } from "./dom.js";

export function wirePolls(live) {
  const root = document.getElementById("polls");
  if (!root) return;
  const view = root.dataset.pollsView;
  const words = root.dataset;
  const lang = document.documentElement.lang;
  const state = { polls: new Map(), results: new Map(), mine: new Map() };

  const pick = (texts, fallback) => texts?.[lang] ?? fallback;
  const say = text => { const a = document.getElementById("poll-announcer"); if (a) a.textContent = text; };

  function keepResults(list) {
    for (const r of list) {
      const known = state.results.get(r.pollId);
      if (!known || r.version >= known.version) state.results.set(r.pollId, r);
    }
  }

  live.onJoined(async () => {
    const s = await live.invoke("PollsState", view);
    state.polls = new Map(s.polls.map(p => [p.id, p]));
    state.results = new Map();
    keepResults(s.results);
    state.mine = new Map(Object.entries(s.mine).map(([id, choices]) => [Number(id), choices]));
    draw();
  });
  live.on("PollChanged", p => { state.polls.set(p.id, p); draw(); });
  live.on("PollResults", list => { keepResults(list); drawResultsOnly(); });

  function bars(poll) {
    const r = state.results.get(poll.id);
    const counts = new Map((r?.choices ?? []).map(c => [c.choiceId, c.count]));
    const total = r?.respondents ?? 0;
    const list = element("ul", "poll-bars");
    list.dataset.resultsFor = poll.id;
    for (const c of poll.choices) {
      const count = counts.get(c.id) ?? 0;
      const row = element("li", "poll-bar");
      const track = element("span", "poll-bar-track");
      const fill = element("span", "poll-bar-fill");
      fill.style.setProperty("--share", total ? String(count / total) : "0");
      track.append(fill);
      track.setAttribute("aria-hidden", "true");
      row.append(element("span", "poll-bar-label", pick(c.texts, c.text)), track, element("span", "poll-bar-count", String(count)));
      list.append(row);
    }
    const meta = element("p", "poll-meta", format(words.respondents, total));
    const box = element("div", "poll-results");
    box.append(list, meta);
    return box;
  }

  function drawResultsOnly() {
    for (const box of root.querySelectorAll("[data-results-for]")) {
      const poll = state.polls.get(Number(box.dataset.resultsFor));
      if (poll) box.parentElement.replaceWith(bars(poll));
    }
  }

  function question(poll, tag) {
    const q = element(tag, "poll-question", pick(poll.questions, poll.question));
    q.lang = poll.questions?.[lang] ? lang : poll.language;
    return q;
  }

  function attendeePoll(poll) {
    const box = element("article", "poll");
    box.append(question(poll, "h3"));
    if (poll.status === "Open") {
      const form = element("form", "poll-answer");
      const set = document.createElement("fieldset");
      set.append(element("legend", "visually-hidden", pick(poll.questions, poll.question)));
      const type = poll.kind === "MultipleChoice" ? "checkbox" : "radio";
      const mine = new Set(state.mine.get(poll.id) ?? []);
      for (const c of poll.choices) {
        const label = document.createElement("label");
        const input = document.createElement("input");
        input.type = type;
        input.name = `poll-${poll.id}`;
        input.value = c.id;
        input.checked = mine.has(c.id);
        label.append(input, " ", pick(c.texts, c.text));
        set.append(label);
      }
      const status = element("p", "field", "");
      status.setAttribute("role", "status");
      const button = element("button", "button primary", mine.size ? words.change : words.answer);
      button.type = "submit";
      form.append(set, button, status);
      form.addEventListener("submit", async event => {
        event.preventDefault();
        const chosen = [...form.querySelectorAll("input:checked")].map(i => Number(i.value));
        if (!chosen.length) { status.textContent = words.invalid; return; }
        let error;
        try { error = await live.invoke("AnswerPoll", poll.id, chosen); } catch { error = "Failed"; }
        if (error) {
          status.textContent = { Closed: words.closed, Invalid: words.invalid, RateLimited: words.rateLimited }[error] ?? words.failed;
          return;
        }
        state.mine.set(poll.id, chosen);
        status.textContent = words.saved;
        button.textContent = words.change;
      });
      box.append(form);
    } else {
      box.append(element("p", "poll-meta", words.closed));
    }
    if (poll.resultsVisible) box.append(bars(poll));
    return box;
  }

  function consolePoll(poll) {
    const item = element("li", "poll");
    item.dataset.pollId = poll.id;
    item.append(question(poll, "h3"));
    item.append(element("span", "badge", words[`status${poll.status}`] ?? poll.status));
    const actions = element("div", "actions");
    const toggle = element("button", poll.status === "Open" ? "button danger" : "button primary", poll.status === "Open" ? words.close : words.open);
    toggle.type = "button";
    toggle.addEventListener("click", () => call(poll.status === "Open" ? "ClosePoll" : "OpenPoll", config.eventId, poll.id));
    const show = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = poll.resultsVisible;
    box.addEventListener("change", () => call("SetPollResultsVisible", config.eventId, poll.id, box.checked));
    show.append(box, " ", words.show);
    actions.append(toggle, show);
    item.append(actions);
    if (poll.status !== "Draft") item.append(bars(poll));
    return item;
  }

  async function call(method, ...args) {
    try {
      if (!(await live.invoke(method, ...args))) say(words.failed);
    } catch {
      say(words.failed);
    }
  }

  function draw() {
    const list = document.getElementById("poll-list");
    const polls = [...state.polls.values()];
    if (view === "Console") {
      list.replaceChildren(...(polls.length ? polls.map(consolePoll) : [element("li", "hint", words.empty)]));
      return;
    }
    if (view === "Presenter") {
      const shown = polls.find(p => p.status === "Open") ?? polls.filter(p => p.status === "Closed").at(-1);
      root.hidden = !shown;
      list.replaceChildren(...(shown ? [question(shown, "h3"), bars(shown)] : []));
      return;
    }
    const seen = polls.filter(p => p.status === "Open" || (p.status === "Closed" && p.resultsVisible));
    root.hidden = seen.length === 0;
    list.replaceChildren(...seen.map(attendeePoll));
  }
}
