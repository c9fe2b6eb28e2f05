// Adds the viewer's own time next to the event's times when their zone differs.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const lang = document.documentElement.lang || undefined;
const first = document.querySelector("time[data-local]");
const target = document.querySelector("[data-viewer-time]");

if (first && target) {
  const start = new Date(first.dateTime);
  const ends = [...document.querySelectorAll(".when time[data-local-time]")];
  const end = ends.length > 1 ? new Date(ends[1].dateTime) : null;
  const day = new Intl.DateTimeFormat(lang, { dateStyle: "full" }).format(start);
  const time = new Intl.DateTimeFormat(lang, { timeStyle: "short" });
  const eventOffset = first.dateTime.slice(-6);
  const localOffset = -start.getTimezoneOffset();
  const sign = localOffset >= 0 ? "+" : "-";
  const abs = Math.abs(localOffset);
  const mine = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  if (mine !== eventOffset) {
    target.querySelector("span").textContent =
      `${day}, ${time.format(start)}${end ? "–" + time.format(end) : ""} (${zone})`;
    target.hidden = false;
    for (const el of document.querySelectorAll(".agenda time[data-local-time]")) {
      el.title = `${time.format(new Date(el.dateTime))} (${zone})`;
    }
  }
}
