// The one hub connection of the live pages (attendee, console, presenter, caption console): start-up retry,
// automatic reconnect, and a fresh snapshot on every (re)join. Messages that arrive while a join is under way are held and
// applied after its snapshot, which may be older than they are.
const hubMessages = ["QuestionChanged", "QuestionRemoved", "MyQuestionChanged", "SessionChanged", "ChannelChanged", "PresenceChanged"];
const retryDelay = attempt => Math.min(30000, 1000 * 2 ** attempt);

export const config = JSON.parse(document.getElementById("live-config").textContent);

// The hub answers in the page's language (snapshot titles and labels): the page may have it from ?lang= alone.
function hubUrl() {
  const url = new URL(config.hub, location.href);
  if (document.documentElement.lang) url.searchParams.set("lang", document.documentElement.lang);
  return url.pathname + url.search;
}

// The #live-connection element carries its state words (data-connecting, data-connected, …) in the page's language.
function showConnection(which) {
  const el = document.getElementById("live-connection");
  el.dataset.state = which;
  el.textContent = el.dataset[which];
}

/**
 * Connects to the hub as `view` ("Attendee", "Console" or "Presenter") and keeps the page joined.
 * `handlers` maps hub messages to functions; `onSnapshot` draws the page from a join's snapshot;
 * `channelId` says which channel to be counted on when (re)joining. Without a view (the caption console, whose
 * captioner is no participant) the page connects without joining the session: only its `onJoined` handlers run.
 */
export function connectLive({ view = null, handlers = {}, onSnapshot = () => {}, channelId = () => null }) {
  const builder = new signalR.HubConnectionBuilder()
    .withUrl(hubUrl(), { transport: signalR.HttpTransportType.WebSockets | signalR.HttpTransportType.LongPolling })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: retry => retryDelay(retry.previousRetryCount) });
  // Stateful reconnect makes the server keep a replay buffer, a timer and acknowledgements for every connection: worth
  // it for the few staff pages, whose console must not miss a change in a brief drop; not for 10,000 attendees, whose
  // page re-joins with a fresh snapshot on every reconnect anyway (see join below).
  const connection = (view === "Attendee" ? builder : builder.withStatefulReconnect()).build();

  let held = null;
  let refused = false;
  let attempt = 0;

  // Every message is listened to, so the client does not warn about the ones this page ignores.
  for (const name of hubMessages) {
    const handler = handlers[name] ?? (() => {});
    connection.on(name, (...args) => (held ? held.push(() => handler(...args)) : handler(...args)));
  }
  // Access withdrawn (registration cancelled, taken off the team, open Q&A closed): the server hears us no more.
  connection.on("Evicted", async () => {
    refused = true;
    showConnection("disconnected");
    await connection.stop();
  });

  async function join() {
    held = [];
    try {
      if (view) onSnapshot(await connection.invoke("Join", config.eventId, view, channelId() ?? null));
      for (const joined of joinedHandlers) await joined();
      const replay = held;
      held = null;
      replay.forEach(apply => apply());
      showConnection("connected");
    } catch (error) {
      held = null;
      console.error(error);
      // Still connected means the server refused this page (no longer admitted): retrying will not help.
      // Otherwise the connection dropped mid-join and the reconnect joins again.
      if (connection.state === signalR.HubConnectionState.Connected) {
        refused = true;
        showConnection("disconnected");
        await connection.stop();
      }
    }
  }

  async function start() {
    try {
      await connection.start();
    } catch (error) {
      // The server may be restarting or the network away: keep trying, more slowly each time.
      console.warn("Live connection failed, retrying", error);
      setTimeout(start, retryDelay(attempt++));
      return;
    }
    attempt = 0;
    await join();
  }

  connection.onreconnecting(() => showConnection("reconnecting"));
  connection.onreconnected(join);
  // Closed for good (reconnect gave up or the server closed it): start over unless the server refused us.
  connection.onclose(() => {
    if (refused) return;
    showConnection("reconnecting");
    setTimeout(start, retryDelay(attempt++));
  });

  // Features add their own messages (comments, polls, captions) with `on`, before or after the start; a message that
  // arrives during a join waits for its snapshot like the ones above. `onJoined` runs after every (re)join's snapshot,
  // so a feature can fetch its own part of the state then.
  const joinedHandlers = [];
  const on = (name, handler) => connection.on(name, (...args) => (held ? held.push(() => handler(...args)) : handler(...args)));
  const onJoined = handler => joinedHandlers.push(handler);

  showConnection("connecting");
  start();
  // `connected` tells a failed call's cause: refused by the server (still connected) or the link away.
  const connected = () => connection.state === signalR.HubConnectionState.Connected;
  return { invoke: (method, ...args) => connection.invoke(method, ...args), on, onJoined, connected };
}
