// The attendee's interpretation channel: the player for the chosen channel and whether it is on air.
const audioStream = /\.(mp3|aac|m4a|ogg|oga|opus|wav|flac)$|\/(stream|live|listen)$/i;
const $ = id => document.getElementById(id);

function safeUrl(value) {
  try {
    const url = new URL(value, location.href);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

function playerFor(url, player) {
  let element;
  if (!url) {
    element = document.createElement("p");
    element.className = "hint";
    element.textContent = player.dataset.noLink;
  } else if (audioStream.test(url.pathname)) {
    element = document.createElement("audio");
    element.controls = true;
    element.preload = "none";
    element.src = url.href;
    element.setAttribute("aria-label", player.dataset.audioLabel);
  } else {
    element = document.createElement("a");
    element.className = "button primary";
    element.href = url.href;
    element.target = "_blank";
    element.rel = "noopener noreferrer";
    element.textContent = player.dataset.join;
  }
  element.dataset.url = url?.href ?? "";
  return element;
}

export function drawChannel(state) {
  const player = $("player");
  if (!player) return;
  const channel = state.channels.get(state.channelId);
  const air = $("channel-air");
  air.textContent = channel?.isLive ? air.dataset.on : air.dataset.off;
  air.classList.toggle("on-air", !!channel?.isLive);
  const url = channel?.joinUrl ? safeUrl(channel.joinUrl) : null;
  const current = player.firstElementChild;
  if (current && current.dataset.url === (url?.href ?? "")) return;
  player.replaceChildren(playerFor(url, player));
}

/** The server counts us on the channel it names (ours if valid, else the registration's, else the floor). */
export function showChosenChannel(state, channelId) {
  if (channelId == null) return;
  state.channelId = channelId;
  const select = $("channel");
  if (select) select.value = String(channelId);
}

export function wireChannelChoice(state, live) {
  $("channel")?.addEventListener("change", async event => {
    state.channelId = Number(event.target.value);
    drawChannel(state);
    try {
      await live.invoke("SelectChannel", state.channelId);
    } catch {
      // Counted again on the next join; the player already follows the choice.
    }
  });
}
