// A live page's hub connection, as the browser's connection.js makes it (WebSockets, stateful reconnect, JSON).
const signalR = require("@microsoft/signalr");
const { webSocketFrom } = require("./sources");

// Every message a live page may hear; any of them counts as a received update.
const messages = ["QuestionChanged", "QuestionRemoved", "MyQuestionChanged", "SessionChanged", "ChannelChanged",
  "PresenceChanged", "VotesChanged", "Evicted"];

/**
 * Connects (lane i picks the source address) and calls `onMessage(name, argument)` for every message.
 * Resolves the started connection; the caller joins.
 */
async function connect(base, cookie, i, onMessage) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`${base}/hubs/live`, {
      transport: signalR.HttpTransportType.WebSockets,
      headers: { Cookie: cookie },
      WebSocket: webSocketFrom(i),
    })
    .withStatefulReconnect()
    .configureLogging(signalR.LogLevel.None)
    .build();
  for (const name of messages) connection.on(name, argument => onMessage(name, argument));
  await connection.start();
  return connection;
}

module.exports = { connect };
