// The attendee's room, shared by the live page (attend.js) and the text-only room (text-room.js): keeps the
// server-drawn shell up to date over the hub (connection.js). The interpretation channels and their player are the
// live page's alone, passed in as `channels`, so the text-only room does not load them.
// Every piece of user text goes in through textContent; localized words come from data-* attributes.
import { config, connectLive } from "./connection.js";
import { drawMine, drawQuestions, upsertQuestion, wireVoting } from "./attend-questions.js";
import { setAskOpen, wireAskForm } from "./attend-ask.js";
import { wireComments } from "./comments.js";
import { wireCaptions } from "./captions.js";
import { wirePolls } from "./polls.js";

const $ = id => document.getElementById(id);
const noChannels = { showChosenChannel() {}, drawChannel() {}, wireChannelChoice() {} };

export function joinRoom(channels = noChannels) {
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

  const live = connectLive({
    view: "Attendee",
    channelId: () => state.channelId,
    handlers: {
      QuestionChanged: q => { upsertQuestion(state, q, true); drawQuestions(state); },
      QuestionRemoved: id => { state.questions.delete(id); drawQuestions(state); },
      MyQuestionChanged: q => { state.mine.set(q.id, q); drawMine(state); },
      SessionChanged: s => {
        state.session = s;
        drawSession();
        if (s.status === "Ended" || s.status === "Cancelled") setAskOpen(false);
      },
      ChannelChanged: c => { state.channels.set(c.id, c); channels.drawChannel(state); },
    },
    onSnapshot: draw,
  });

  function draw(snapshot) {
    state.session = snapshot.session;
    channels.showChosenChannel(state, snapshot.myChannelId);
    state.agenda = snapshot.agenda.map(a => a.id);
    state.channels = new Map(snapshot.channels.map(c => [c.id, c]));
    state.myVotes = new Set(snapshot.myVotes);
    state.mine = new Map(snapshot.myQuestions.map(q => [q.id, q]));
    state.questions = new Map();
    snapshot.questions.forEach(q => upsertQuestion(state, q, false));
    state.known = true;
    document.querySelector("[data-fully-anonymous]").hidden = !snapshot.allowFullyAnonymous;
    setAskOpen(snapshot.canAsk);
    drawSession();
    channels.drawChannel(state);
    drawQuestions(state);
    drawMine(state);
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

  channels.wireChannelChoice(state, live);
  wireComments(live);
  wireVoting(state, live);
  wireCaptions(live);
  wirePolls(live);
  wireAskForm(live, q => {
    if (q.status === "Pending") {
      state.mine.set(q.id, q);
      drawMine(state);
    } else {
      upsertQuestion(state, q, false);
      drawQuestions(state);
    }
  });
}
