// The raw floor: N plain WebSockets to the Kestrel broadcast server (no SignalR, no product); a message the size of
// the product's question message, timed to every client, each parsing it as the SignalR client parses a frame.
const fs = require("node:fs");
const WebSocket = require("ws");
const { options } = require("./lib/options");
const { address } = require("./lib/sources");
const { arrivals, broadcastRounds } = require("./lib/rounds");
const { memoryKb } = require("./lib/proc");
const { summary, nowMs, sleep, pool } = require("./lib/stats");

const o = options({ url: "ws://127.0.0.1:5182/ws", pid: 0, n: 100, rounds: 20, warmup: 3, size: 400, inFlight: 64, out: "" });
const log = text => console.error(`[floor ${o.n}] ${text}`);

function open(i, onMessage) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(o.url, { localAddress: address(i), perMessageDeflate: false });
    socket.on("open", () => resolve(socket));
    socket.on("error", reject);
    socket.on("message", data => onMessage(data));
  });
}

// A SignalR-shaped invocation padded to `size` bytes, record separator included.
function message(r) {
  const head = { type: 1, target: "QuestionChanged", arguments: [{ id: r, text: `Floor round ${r}:`, pad: "" }] };
  const bare = Buffer.byteLength(JSON.stringify(head)) + 1;
  head.arguments[0].pad = "x".repeat(Math.max(0, o.size - bare));
  return JSON.stringify(head) + "\u001e";
}

async function main() {
  const room = arrivals(o.n);
  const state = { round: -1, dropped: 0 };
  await sleep(2000);
  const before = memoryKb(o.pid);
  const started = nowMs();
  const latencies = [];
  const connect = async i => {
    const t = nowMs();
    const socket = await open(i, data => {
      const m = JSON.parse(data.toString("utf8").slice(0, -1));
      if (m.arguments[0].id === state.round) room.heard(i);
    });
    socket.on("close", () => state.dropped++);
    latencies.push(nowMs() - t);
    return socket;
  };
  // Two halves with a memory read between, as the product's joins (see product.js).
  const half = Math.floor(o.n / 2);
  const first = await pool(half, o.inFlight, connect);
  const ms = nowMs() - started;
  await sleep(3000);
  const middle = memoryKb(o.pid);
  const secondStarted = nowMs();
  const sockets = [...first, ...(await pool(o.n - half, o.inFlight, i => connect(half + i)))];
  const seconds = (ms + nowMs() - secondStarted) / 1000;
  await sleep(5000);
  const after = memoryKb(o.pid);
  log(`connected in ${seconds.toFixed(1)} s; server RSS ${(before.rss / 1024).toFixed(0)} → ${(after.rss / 1024).toFixed(0)} MB`);
  const question = await broadcastRounds({
    pid: o.pid, n: o.n, room, warmup: o.warmup, rounds: o.rounds,
    prepare: async r => () => {
      state.round = r;
      sockets[r % o.n].send(message(r));
    },
  });
  log(`message to all: p50 ${question.latency.p50.toFixed(1)} p99 ${question.latency.p99.toFixed(1)} max ${question.latency.max.toFixed(1)} ms`);
  const result = {
    kind: "floor", n: o.n, at: new Date().toISOString(), messageBytes: o.size, dropped: state.dropped,
    connect: { seconds, perSecond: o.n / seconds, latency: summary(latencies) },
    memory: { before, middle, after, kbPerConnection: (after.rss - before.rss) / o.n, marginalKbPerConnection: (after.rss - middle.rss) / (o.n - half),
      anonKbPerConnection: (after.anon - before.anon) / o.n },
    question,
  };
  if (o.out) fs.writeFileSync(o.out, JSON.stringify(result, null, 2));
  for (const s of sockets) s.terminate();
  console.log(JSON.stringify(result));
}

main().then(() => process.exit(0), error => {
  console.error(error);
  process.exit(1);
});
