// Vote counts reach a page by three roads: a question's change, the coalesced VotesChanged every interval, and the
// voter's own acknowledgement, possibly from more than one server. A count is kept only when its version is not
// older than the one held, so a late message never puts an older count back.

/** Stores question `q`, keeping the held count when the held one is newer. */
export function keepQuestion(questions, q) {
  const held = questions.get(q.id);
  const kept = held && held.votesVersion > q.votesVersion ? { ...q, votes: held.votes, votesVersion: held.votesVersion } : q;
  questions.set(q.id, kept);
  return kept;
}

/** Applies counts ({id, votes, version}) to the questions held; true when any shown count changed. */
export function applyCounts(questions, counts) {
  let changed = false;
  for (const c of counts) {
    const held = questions.get(c.id);
    if (!held || held.votesVersion > c.version) continue;
    changed ||= held.votes !== c.votes;
    questions.set(c.id, { ...held, votes: c.votes, votesVersion: c.version });
  }
  return changed;
}

/** Listens for the coalesced counts; `questions()` is the map held now (a snapshot replaces it). */
export function wireVoteCounts(live, questions, redraw) {
  live.on("VotesChanged", message => {
    if (applyCounts(questions(), message.questions)) redraw();
  });
}
