// The presenter view: the question being answered, the five most voted, the open poll and the latest comments.
// Audience view only, so a name appears only where the asker chose to show it. Text goes in through textContent
// only; words come from #live-texts.
import { connectLive } from "./connection.js";
import { element, plural, readTexts } from "./dom.js";
import { keepQuestion, wireVoteCounts } from "./vote-counts.js";
import { wirePolls } from "./polls.js";
import { wirePresenterComments } from "./comments.js";

const $ = id => document.getElementById(id);
const t = readTexts();
const topCount = 5;
let questions = new Map();

const live = connectLive({
  view: "Presenter",
  handlers: {
    QuestionChanged: q => { keepQuestion(questions, q); draw(); },
    QuestionRemoved: id => { questions.delete(id); draw(); },
  },
  onSnapshot: snapshot => {
    questions = new Map(snapshot.questions.map(q => [q.id, q]));
    draw();
  },
});

wireVoteCounts(live, () => questions, draw);

function block(q, tag) {
  const el = element(tag, "presenter-question");
  el.dataset.questionId = q.id;
  const text = element("p", "question-text", q.text);
  text.lang = q.language;
  const meta = element("p", "question-meta");
  meta.append(element("span", "badge language", q.language.toUpperCase()));
  if (q.askerName) meta.append(element("span", "asker", q.askerName));
  const votes = element("span", "votes");
  const shown = element("span", "count", `▲ ${q.votes}`);
  shown.setAttribute("aria-hidden", "true");
  votes.append(shown, element("span", "visually-hidden", plural(q.votes, t.votesOne, t.votesOther)));
  meta.append(votes);
  el.append(text, meta);
  return el;
}

function draw() {
  const all = [...questions.values()];
  const current = all.find(q => q.status === "Answering");
  const currentBox = $("current");
  currentBox.replaceChildren(current ? block(current, "div") : element("p", "presenter-empty", currentBox.dataset.none));
  const top = all.filter(q => q.status === "Published").sort((a, b) => b.votes - a.votes || a.id - b.id).slice(0, topCount);
  const list = $("top");
  list.replaceChildren(...(top.length ? top.map(q => block(q, "li")) : [element("li", "presenter-empty", list.dataset.empty)]));
}

wirePolls(live);
wirePresenterComments(live);
