// An attendee page's hub connection, as the browser's connection.js makes it (WebSockets, JSON, no stateful reconnect).
// By default SignalR's protocol is spoken over a bare socket (bare-hub.js: the generator parses as the floor's does);
// CLIENT=signalr uses the Node library client instead, whose own cost per message then shows in the figures.
const signalR = require("@microsoft/signalr");
const { webSocketFrom } = require("./sources");

// Every message a live page may hear; any of them counts as a received update.
const messages = ["QuestionChanged", "QuestionRemoved", "MyQuestionChanged", "SessionChanged", "ChannelChanged",
  "PresenceChanged", "VotesChanged", "Evicted"];

/**
 * Connects (lane i picks the source address) and calls `onMessage(name, argument)` for every message.
 * Resolves the started connection; the caller joins.
 */
async function libraryConnect(base, cookie, i, onMessage) {
  const builder = new signalR.HubConnectionBuilder()
    .withUrl(`${base}/hubs/live`, {
      transport: signalR.HttpTransportType.WebSockets,
      headers: { Cookie: cookie },
      WebSocket: webSocketFrom(i),
    })
    .configureLogging(signalR.LogLevel.None);
  // STATEFUL=1 measures what stateful reconnect would cost (its buffer, its acknowledgements); only staff pages use it.
  const connection = (process.env.STATEFUL === "1" ? builder.withStatefulReconnect() : builder).build();
  for (const name of messages) connection.on(name, argument => onMessage(name, argument));
  await connection.start();
  return connection;
}

const library = process.env.CLIENT === "signalr" || process.env.STATEFUL === "1";
module.exports = { connect: library ? libraryConnect : require("./bare-hub").connect };
