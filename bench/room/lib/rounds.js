// Broadcast rounds shared by the product and the floor: start one message, time it to every client, and charge the
// server's CPU over the fan-out, whole (its idle rate is reported beside it, not taken off: on a busy machine a
// 3-second idle sample is noisier than the idle cost of the fan-out windows).
const { cpuMicros } = require("./proc");
const { summary, nowMs, sleep } = require("./stats");

/** A counter of arrivals for one round at a time; `heard(i)` is called by client i when the round's message arrives. */
function arrivals(n) {
  let times = null;
  let count = 0;
  let done = null;
  return {
    open() {
      times = new Float64Array(n).fill(NaN);
      count = 0;
      return new Promise(resolve => (done = resolve));
    },
    heard(i) {
      if (!times || !Number.isNaN(times[i])) return;
      times[i] = nowMs();
      if (++count === n) done();
    },
    times: () => times,
    count: () => count,
  };
}

async function idleMicrosPerMs(pid, ms = 3000) {
  const c0 = cpuMicros(pid);
  const t0 = nowMs();
  await sleep(ms);
  return (cpuMicros(pid) - c0) / (nowMs() - t0);
}

/**
 * Runs warm-up + measured rounds. `prepare(r)` readies round r (resolves a `fire` function that starts the
 * broadcast); every client's arrival goes through `room.heard(i)`.
 */
async function broadcastRounds({ pid, n, room, warmup, rounds, prepare, timeoutMs = 120000 }) {
  const idle = await idleMicrosPerMs(pid);
  const latencies = [];
  const lasts = [];
  let cpu = 0;
  let generatorCpu = 0;
  for (let r = 0; r < warmup + rounds; r++) {
    const fire = await prepare(r);
    const all = room.open();
    const c0 = cpuMicros(pid);
    const g0 = process.cpuUsage();
    const t0 = nowMs();
    await fire();
    const timeout = sleep(timeoutMs).then(() => "timeout");
    if ((await Promise.race([all, timeout])) === "timeout") throw new Error(`round ${r}: only ${room.count()} of ${n} heard it`);
    const t1 = nowMs();
    const used = cpuMicros(pid) - c0;
    const generator = process.cpuUsage(g0);
    if (r >= warmup) {
      const times = room.times();
      for (let i = 0; i < n; i++) latencies.push(times[i] - t0);
      lasts.push(t1 - t0);
      cpu += used;
      generatorCpu += generator.user + generator.system;
    }
    await sleep(200);
  }
  // How busy each core was over the fan-out windows: a generator near 1.0 would mean the clients, not the server, set
  // the latency; a server well below 1.0 means it waited rather than worked.
  const windowMs = lasts.reduce((sum, ms) => sum + ms, 0);
  return { latency: summary(latencies), last: summary(lasts), cpuMicrosPerRecipient: cpu / (n * rounds), idleMicrosPerSecond: idle * 1000,
    serverBusy: cpu / (windowMs * 1000), generatorBusy: generatorCpu / (windowMs * 1000) };
}

module.exports = { arrivals, broadcastRounds };
