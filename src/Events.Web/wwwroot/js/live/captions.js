// Attendee captions: a toggle, a language and a text size (kept in localStorage), lines in an aria-live list.
// The hub sends lines only to the followers of their language; following returns the recent ones for context.
const keep = 8;
const sizes = 5;
const $ = id => document.getElementById(id);
const store = {
  get: (key, fallback) => { try { return localStorage.getItem(key) ?? fallback; } catch { return fallback; } },
  set: (key, value) => { try { localStorage.setItem(key, value); } catch { /* private mode: not kept */ } },
};

function languageName(code) {
  try { return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code; } catch { return code; }
}

export function wireCaptions(live) {
  const on = $("captions-on");
  if (!on) return;
  const select = $("captions-language");
  const list = $("captions-lines");
  const empty = $("captions-empty");
  let following = null;

  function add(line) {
    if (line.language !== following) return;
    const item = document.createElement("li");
    item.lang = line.language;
    item.textContent = line.speakerLabel ? `${line.speakerLabel}: ${line.text}` : line.text;
    list.append(item);
    while (list.children.length > keep) list.firstElementChild.remove();
    empty.hidden = true;
  }

  async function follow() {
    const language = on.checked ? select.value || null : null;
    following = language;
    list.hidden = !language;
    list.replaceChildren();
    try {
      const recent = await live.invoke("FollowCaptions", language);
      if (following !== language) return;
      recent.forEach(add);
      empty.hidden = !language || recent.length > 0;
    } catch (error) {
      console.error(error);
    }
  }

  function resize(step) {
    const size = Math.min(sizes - 1, Math.max(0, Number(list.dataset.size) + step));
    list.dataset.size = String(size);
    store.set("captions.size", String(size));
  }

  list.dataset.size = store.get("captions.size", "1");
  on.checked = store.get("captions.on", "0") === "1";
  live.on("CaptionLine", add);
  live.onJoined(async () => {
    const languages = await live.invoke("CaptionLanguages");
    const wanted = store.get("captions.lang", document.documentElement.lang);
    select.replaceChildren(...languages.map(code => {
      const option = new Option(languageName(code), code, false, code === wanted);
      option.lang = code;
      return option;
    }));
    await follow();
  });
  on.addEventListener("change", () => { store.set("captions.on", on.checked ? "1" : "0"); follow(); });
  select.addEventListener("change", () => { store.set("captions.lang", select.value); follow(); });
  $("captions-smaller").addEventListener("click", () => resize(-1));
  $("captions-larger").addEventListener("click", () => resize(1));
}
