// The product, driven as its users drive it: an organiser publishes an event, N people register and are admitted by
// their emailed links, join the live hub, hear an approved question, and vote. Prints and saves (--out) the figures.
const fs = require("node:fs");
const { options } = require("./lib/options");
const { signIn, publishEvent, storedVotes } = require("./lib/organiser");
const { register, readLinks, admit } = require("./lib/people");
const { connect } = require("./lib/hub");
const { arrivals, broadcastRounds } = require("./lib/rounds");
const { runVotes } = require("./lib/votes");
const { memoryKb } = require("./lib/proc");
const { summary, nowMs, sleep, pool } = require("./lib/stats");

const o = options({ base: "http://127.0.0.1:5181", pid: 0, n: 100, rounds: 20, warmup: 3, votes: 1000, inFlight: 64,
  mail: "", adminEmail: "admin@example.org", adminPassword: "", out: "" });
const log = text => console.error(`[product ${o.n}] ${text}`);

async function main() {
  const slug = `room-${o.n}-${Date.now()}`;
  const admin = await signIn(o.base, o.adminEmail, o.adminPassword);
  await publishEvent(o.base, admin, slug);
  log(`event ${slug} published; registering ${o.n}`);

  const registrations = await register(o.base, slug, o.n, o.inFlight);
  log(`${registrations.perSecond.toFixed(0)} registrations/s, p99 ${registrations.latency.p99.toFixed(0)} ms; waiting for the emails`);
  const links = await readLinks(o.mail, slug, o.n, 30 * 60 * 1000);
  const invitationsPerMinute = (o.n / (links.lastAt - registrations.startedAt)) * 60000;
  const { cookies, eventId } = await admit(o.base, slug, links.tokens, o.inFlight);

  const room = arrivals(o.n);
  const state = { marker: null, size: 0, received: 0, dropped: 0 };
  const closed = new Uint8Array(o.n);
  const counts = Array.from({ length: o.n }, () => ({ votes: NaN, version: -1 }));
  const tally = { target: -1 };
  const keep = (i, votes, version) => {
    // With versions (coalesced counts) the highest wins; without, the last to arrive.
    if (version === undefined || version >= counts[i].version) counts[i] = { votes, version: version ?? -1 };
  };
  const onMessage = i => (name, m) => {
    state.received++;
    if (name === "QuestionChanged" && m) {
      if (m.id === tally.target) keep(i, m.votes, m.votesVersion);
      if (state.marker && m.status === "Published" && m.text.startsWith(state.marker)) {
        if (!state.size) state.size = Buffer.byteLength(JSON.stringify({ type: 1, target: name, arguments: [m] })) + 1;
        room.heard(i);
      }
    } else if (name === "VotesChanged" && m) {
      for (const q of m.questions ?? []) if (q.id === tally.target) keep(i, q.votes, q.version);
    }
  };

  const moderator = await connect(o.base, admin, 0, () => {});
  await moderator.invoke("Join", eventId, "Console", null);
  await sleep(3000);
  const before = memoryKb(o.pid);
  log(`joining ${o.n} (server RSS ${(before.rss / 1024).toFixed(0)} MB)`);
  const joinLatencies = [];
  const join = async i => {
    const t = nowMs();
    const connection = await connect(o.base, cookies[i], i, onMessage(i));
    connection.onclose(() => {
      closed[i] = 1;
      state.dropped++;
    });
    await connection.invoke("Join", eventId, "Attendee", null);
    joinLatencies.push(nowMs() - t);
    return connection;
  };
  // In two halves, with the memory read between them: the second half's growth is the marginal cost of a connection,
  // once the thread pool, the caches and the first-use allocations have settled in the first half.
  const half = Math.floor(o.n / 2);
  let joinStarted = nowMs();
  const first = await pool(half, o.inFlight, join);
  let joinMs = nowMs() - joinStarted;
  await sleep(3000);
  const middle = memoryKb(o.pid);
  joinStarted = nowMs();
  const second = await pool(o.n - half, o.inFlight, i => join(half + i));
  joinMs += nowMs() - joinStarted;
  const connections = [...first, ...second];
  const joinSeconds = joinMs / 1000;
  await sleep(5000);
  const after = memoryKb(o.pid);
  log(`joined in ${joinSeconds.toFixed(1)} s; server RSS ${(after.rss / 1024).toFixed(0)} MB`);

  let lastQuestion = null;
  let firstQuestionId = null;
  const question = await broadcastRounds({
    pid: o.pid, n: o.n, room, warmup: o.warmup, rounds: o.rounds,
    prepare: async r => {
      const text = `Room round ${r}: does this reach all ${o.n} attendees?`;
      state.marker = null;
      const asked = await connections[r % o.n].invoke("Ask", { text, anonymity: "Named" });
      if (!asked.question) throw new Error(`question refused: ${asked.error}`);
      lastQuestion = { id: asked.question.id, text };
      firstQuestionId ??= asked.question.id;
      return async () => {
        state.marker = `Room round ${r}:`;
        await moderator.invoke("Moderate", eventId, asked.question.id, "Approve");
      };
    },
  });
  log(`question to all: p50 ${question.latency.p50.toFixed(1)} p99 ${question.latency.p99.toFixed(1)} max ${question.latency.max.toFixed(1)} ms`);

  // The same voters vote once on the first round's question, unmeasured: the storm below then finds the vote path
  // compiled, as on a server that has taken votes before, and every voter's vote on the last question is still its first.
  const voters = connections.slice(0, Math.min(o.votes, o.n));
  await Promise.all(voters.map(v => v.invoke("Vote", firstQuestionId, true).catch(() => {})));
  await sleep(2000);
  tally.target = lastQuestion.id;
  for (let i = 0; i < o.n; i++) counts[i] = { votes: 0, version: -1 };
  const votes = await runVotes({
    voters, questionId: lastQuestion.id, counts, closed, keep, state,
    stored: () => storedVotes(o.base, admin, slug, lastQuestion.text),
  });
  log(`votes: ${votes.acknowledged} acknowledged at ${votes.perSecond.toFixed(0)}/s, ${votes.messagesPerVote.toFixed(0)} messages per vote, stored ${votes.stored}, all attendees agree: ${votes.agreeAfterMs ?? "no"} ms`);

  const result = {
    kind: "product", n: o.n, at: new Date().toISOString(), messageBytes: state.size, dropped: state.dropped,
    registrations: { perSecond: registrations.perSecond, p99: registrations.latency.p99, refused: registrations.refused },
    invitationsPerMinute,
    connect: { seconds: joinSeconds, perSecond: o.n / joinSeconds, latency: summary(joinLatencies) },
    memory: { before, middle, after, kbPerConnection: (after.rss - before.rss) / o.n, marginalKbPerConnection: (after.rss - middle.rss) / (o.n - half),
      anonKbPerConnection: (after.anon - before.anon) / o.n },
    question, votes,
  };
  if (o.out) fs.writeFileSync(o.out, JSON.stringify(result, null, 2));
  await Promise.all([moderator, ...connections].map(c => c.stop().catch(() => {})));
  console.log(JSON.stringify(result));
}

main().then(() => process.exit(0), error => {
  console.error(error);
  process.exit(1);
});
