// Broadcast rounds shared by the product and the floor: start one message, time it to every client, and charge the
// server's CPU over the fan-out, whole (its idle rate is reported beside it, not taken off: on a busy machine a
// 3-second idle sample is noisier than the idle cost of the fan-out windows).
const { cpuMicros, jitMicros } = require("./proc");
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

// A warm-up round is "quiet" when the tiered JIT took under this share of its window; measuring starts after
// `quietRounds` quiet rounds in a row (one alone may fall between two of the JIT's batches).
const quietJitShare = 0.02;
const quietRounds = 3;
// And warm-up lasts this long at least (at 1,000 ten rounds take 4 s, before the JIT's later batches have begun), and
// this long at most.
const leastWarmupMs = 20000;
const mostWarmupMs = 120000;

/**
 * Runs warm-up + measured rounds. `prepare(r)` readies round r (resolves a `fire` function that starts the
 * broadcast); every client's arrival goes through `room.heard(i)`. Warm-up takes `warmup` rounds at least and goes
 * on until the runtime's background JIT has been quiet for a few rounds: after the joins it still recompiles hot
 * code, up to half the core, which a long-running server no longer does.
 */
async function broadcastRounds({ pid, n, room, warmup, rounds, prepare, timeoutMs = 120000 }) {
  const idle = await idleMicrosPerMs(pid);
  const latencies = [];
  const lasts = [];
  let cpu = 0;
  let generatorCpu = 0;
  let jitCpu = 0;
  let measuredFrom = null;
  let quiet = 0;
  const warmupStarted = nowMs();
  for (let r = 0; measuredFrom === null || r < measuredFrom + rounds; r++) {
    const fire = await prepare(r);
    const all = room.open();
    const c0 = cpuMicros(pid);
    const j0 = jitMicros(pid);
    const g0 = process.cpuUsage();
    const t0 = nowMs();
    await fire();
    const timeout = sleep(timeoutMs).then(() => "timeout");
    if ((await Promise.race([all, timeout])) === "timeout") throw new Error(`round ${r}: only ${room.count()} of ${n} heard it`);
    const t1 = nowMs();
    const used = cpuMicros(pid) - c0;
    const jit = jitMicros(pid) - j0;
    const generator = process.cpuUsage(g0);
    if (measuredFrom !== null) {
      const times = room.times();
      for (let i = 0; i < n; i++) latencies.push(times[i] - t0);
      lasts.push(t1 - t0);
      cpu += used;
      generatorCpu += generator.user + generator.system;
      jitCpu += jit;
    } else {
      quiet = jit < quietJitShare * (t1 - t0) * 1000 ? quiet + 1 : 0;
      const warmedMs = nowMs() - warmupStarted;
      if (warmedMs >= mostWarmupMs || (r + 1 >= warmup && warmedMs >= leastWarmupMs && quiet >= quietRounds)) measuredFrom = r + 1;
    }
    await sleep(200);
  }
  // How busy each core was over the fan-out windows: a generator near 1.0 would mean the clients, not the server, set
  // the latency; a server well below 1.0 means it waited rather than worked.
  const windowMs = lasts.reduce((sum, ms) => sum + ms, 0);
  return { latency: summary(latencies), last: summary(lasts), cpuMicrosPerRecipient: cpu / (n * rounds), idleMicrosPerSecond: idle * 1000,
    serverBusy: cpu / (windowMs * 1000), generatorBusy: generatorCpu / (windowMs * 1000), warmupRounds: measuredFrom,
    jitShare: jitCpu / Math.max(1, cpu) };
}

module.exports = { arrivals, broadcastRounds };
