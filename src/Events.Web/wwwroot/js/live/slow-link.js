// Suggests the text-only room when the link looks slow: the browser says so (2G, data saver), the audio fails to
// load, or the hub has not connected after a few seconds.
const notice = document.getElementById("slow-link-notice");
const show = () => { notice.hidden = false; };
const link = navigator.connection;
if (link && (link.saveData || link.effectiveType === "2g" || link.effectiveType === "slow-2g")) show();
// Media errors do not bubble: listen while they travel down.
document.getElementById("player")?.addEventListener("error", show, true);
setTimeout(() => {
  if (document.getElementById("live-connection")?.dataset.state !== "connected") show();
}, 6000);
