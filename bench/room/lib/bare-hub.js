// SignalR's JSON hub protocol over a bare `ws` socket: negotiate, handshake, invocations, pings, and each frame parsed
// as the floor's clients parse theirs (split on the record separator, JSON.parse). The server sees exactly what the
// browser's client sends; the load generator spends on each message what the floor's generator spends, so the
// product/floor ratio is the server's and not the Node client library's (which costs ~2.5× the floor's parse per
// message and, at 10,000, keeps the generator's core the busier of the two).
const WebSocket = require("ws");
const { request } = require("./http");
const { address } = require("./sources");

const separator = "\u001e";
const pingEveryMs = 15000; // the browser client's keep-alive interval; the server drops a client silent for 30 s
const frame = message => JSON.stringify(message) + separator;

async function negotiate(base, cookie, i) {
  const response = await request(base, "POST", "/hubs/live/negotiate?negotiateVersion=1", { cookie, lane: i });
  if (response.status !== 200) throw new Error(`negotiate: HTTP ${response.status}`);
  return JSON.parse(response.body).connectionToken;
}

function open(url, cookie, i) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { localAddress: address(i), perMessageDeflate: false, headers: { Cookie: cookie } });
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Same shape as the library client's connection for what the benchmark uses: invoke, onclose, stop. */
async function connect(base, cookie, i, onMessage) {
  const token = await negotiate(base, cookie, i);
  const socket = await open(`${base.replace(/^http/, "ws")}/hubs/live?id=${encodeURIComponent(token)}`, cookie, i);
  const pending = new Map();
  const closeHandlers = [];
  let nextId = 0;
  let handshake;
  const shaken = new Promise((resolve, reject) => (handshake = { resolve, reject }));

  const onRecord = text => {
    const m = JSON.parse(text);
    if (handshake) {
      const h = handshake;
      handshake = null;
      return m.error ? h.reject(new Error(`handshake: ${m.error}`)) : h.resolve();
    }
    if (m.type === 1 && m.invocationId === undefined) onMessage(m.target, m.arguments[0]);
    else if (m.type === 3) {
      const call = pending.get(m.invocationId);
      pending.delete(m.invocationId);
      if (call) m.error ? call.reject(new Error(m.error)) : call.resolve(m.result);
    } else if (m.type === 7) socket.close();
  };
  socket.on("message", data => {
    const text = data.toString("utf8");
    let start = 0;
    for (let end = text.indexOf(separator); end !== -1; end = text.indexOf(separator, start)) {
      onRecord(text.slice(start, end));
      start = end + 1;
    }
  });
  const ping = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send(frame({ type: 6 })), pingEveryMs);
  socket.on("close", () => {
    clearInterval(ping);
    for (const call of pending.values()) call.reject(new Error("connection closed"));
    pending.clear();
    if (handshake) handshake.reject(new Error("closed before the handshake"));
    for (const handler of closeHandlers) handler();
  });
  socket.send(frame({ protocol: "json", version: 1 }));
  await shaken;

  return {
    invoke(target, ...args) {
      const invocationId = String(nextId++);
      return new Promise((resolve, reject) => {
        pending.set(invocationId, { resolve, reject });
        socket.send(frame({ type: 1, invocationId, target, arguments: args }));
      });
    },
    onclose: handler => closeHandlers.push(handler),
    stop: async () => socket.close(),
  };
}

module.exports = { connect };
