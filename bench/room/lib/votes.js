// A vote storm: every voter votes at once; how fast the server acknowledges, what the room hears per vote, and
// whether every attendee ends on the count the database holds, within a second of the last acknowledgement.
const { nowMs, sleep } = require("./stats");

async function runVotes({ voters, questionId, counts, closed, keep, state, stored }) {
  const received = state.received;
  let lastAck = 0;
  const started = nowMs();
  const acks = await Promise.all(voters.map((voter, i) => voter.invoke("Vote", questionId, true).then(ack => {
    lastAck = nowMs();
    // Before coalescing the answer is true; after, the voter's own new count with its version.
    if (ack && typeof ack === "object") keep(i, ack.votes, ack.version);
    return ack === true || (ack !== null && typeof ack === "object");
  }, () => false)));
  const acknowledged = acks.filter(Boolean).length;
  const inDatabase = await stored();
  // A connection the server closed hears nothing more (a browser would reconnect and take a snapshot): not counted here, reported as dropped.
  const stale = () => counts.reduce((k, c, i) => k + (c.votes === inDatabase || closed[i] ? 0 : 1), 0);
  let agreeAfterMs = null;
  let staleAt1s = null;
  while (nowMs() < lastAck + 5000) {
    if (staleAt1s === null && nowMs() >= lastAck + 1000) staleAt1s = stale();
    if (stale() === 0) {
      agreeAfterMs = Math.round(nowMs() - lastAck);
      break;
    }
    await sleep(20);
  }
  // Messages still on their way are counted too: wait out one more coalescing interval.
  await sleep(500);
  // How many attendees ended on which count: a stale count shows as a value below the stored one.
  const finalCounts = {};
  counts.forEach((c, i) => closed[i] || (finalCounts[c.votes] = (finalCounts[c.votes] ?? 0) + 1));
  return {
    finalCounts,
    voters: voters.length, acknowledged, stored: inDatabase, perSecond: acknowledged / ((lastAck - started) / 1000),
    messagesPerVote: (state.received - received) / Math.max(1, acknowledged),
    agreeAfterMs, staleAt1s: staleAt1s ?? stale(), within1s: agreeAfterMs !== null && agreeAfterMs <= 1000,
  };
}

module.exports = { runVotes };
