// Reads the product-N.json and floor-N.json files of one run and prints the table of docs/benchmarks.md.
const fs = require("node:fs");
const path = require("node:path");

const folder = process.argv[2];
const read = name => JSON.parse(fs.readFileSync(path.join(folder, name), "utf8"));
const sizes = fs.readdirSync(folder).map(f => /^product-(\d+)\.json$/.exec(f)?.[1]).filter(Boolean).map(Number).sort((a, b) => a - b);

const f1 = x => x.toFixed(1);
const f0 = x => x.toFixed(0);
const busy = r => (r.question.serverBusy === undefined ? "–" : `${r.question.serverBusy.toFixed(2)} / ${r.question.generatorBusy.toFixed(2)}`)
  + (r.question.jitShare === undefined ? "" : ` (JIT ${(100 * r.question.jitShare).toFixed(0)}% after ${r.question.warmupRounds} warm-up rounds)`);
const ratio = (p, f) => `${f1(p)} / ${f1(f)} (${(p / f).toFixed(1)}×)`;

console.log("attendees | connect all, s (joins/s) | question to every attendee p50 / p99 / max, ms: product / floor (ratio) | server CPU µs per recipient: product / floor (ratio); busy share of the fan-out, server / generator | KB per connection, all N: product / floor (ratio); second half alone | votes acknowledged/s (messages per vote) | every count = database's within 1 s | registrations/s (p99 ms) | invitations/min | message bytes | dropped");
console.log("---|---|---|---|---|---|---|---|---|---|---");
for (const n of sizes) {
  const p = read(`product-${n}.json`);
  const fl = fs.existsSync(path.join(folder, `floor-${n}.json`)) ? read(`floor-${n}.json`) : null;
  const q = p.question.latency;
  const fq = fl?.question.latency;
  const cells = [
    n.toLocaleString("en"),
    `${f1(p.connect.seconds)} (${f0(p.connect.perSecond)}); floor ${fl ? f1(fl.connect.seconds) : "–"}`,
    fq ? ["p50", "p99", "max"].map(k => ratio(q[k], fq[k])).join(" · ") : `${f1(q.p50)} / ${f1(q.p99)} / ${f1(q.max)}`,
    `${fl ? ratio(p.question.cpuMicrosPerRecipient, fl.question.cpuMicrosPerRecipient) : f1(p.question.cpuMicrosPerRecipient)}; busy ${busy(p)}${fl ? `, floor ${busy(fl)}` : ""}`,
    `${fl ? ratio(p.memory.kbPerConnection, fl.memory.kbPerConnection) : f1(p.memory.kbPerConnection)}; second half ${f1(p.memory.marginalKbPerConnection)} / ${fl ? f1(fl.memory.marginalKbPerConnection) : "–"}`,
    `${f0(p.votes.perSecond)} (${f0(p.votes.messagesPerVote)}); ${p.votes.acknowledged} acked, ${p.votes.stored} stored`,
    (p.votes.within1s ? `yes (${p.votes.agreeAfterMs} ms)` : `no: ${p.votes.staleAt1s} stale at 1 s${p.votes.agreeAfterMs !== null ? `, agree at ${p.votes.agreeAfterMs} ms` : ", not within 5 s"}`)
      + (p.dropped ? `; ${p.dropped} connections lost` : ""),
    `${f0(p.registrations.perSecond)} (${f0(p.registrations.p99)})`,
    f0(p.invitationsPerMinute),
    `${p.messageBytes}`,
    `${p.dropped}${fl ? ` / ${fl.dropped}` : ""}`,
  ];
  console.log(cells.join(" | "));
}
