// One loopback source address holds ~28,000 ephemeral ports towards one server port: spread the clients over
// 127.0.0.2, 127.0.0.3, … (all of 127/8 is loopback on Linux) so 10,000 sockets plus the HTTP traffic never run out.
const http = require("node:http");
const WebSocket = require("ws");

const count = Math.max(1, Number(process.env.SOURCES || 4));
const address = i => `127.0.0.${2 + (i % count)}`;
const agents = Array.from({ length: count }, (_, i) => new http.Agent({ keepAlive: true, maxSockets: 64, localAddress: address(i) }));

/** A `ws` WebSocket class bound to the i-th source address, for the SignalR client's `WebSocket` option. */
function webSocketFrom(i) {
  const localAddress = address(i);
  return class extends WebSocket {
    constructor(url, protocols, options) {
      super(url, protocols, { ...options, localAddress, perMessageDeflate: false });
    }
  };
}

module.exports = { address, agentFor: i => agents[i % count], webSocketFrom };
