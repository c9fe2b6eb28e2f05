// Small DOM helpers shared by the live pages. User text only ever goes in through textContent.

/** The page's words for what the scripts write, rendered by the server in the page's language (#live-texts). */
export function readTexts() {
  const island = document.getElementById("live-texts");
  return island ? JSON.parse(island.textContent) : {};
}

/** Fills {0}, {1}, … in a translated template. */
export function format(template, ...values) {
  return template.replace(/\{(\d+)\}/g, (whole, index) => (index < values.length ? String(values[index]) : whole));
}

/** One of a "one"/"other" pair by the page language's plural rule (French says "0 vote", English "0 votes"). */
export function plural(count, one, other) {
  const rule = new Intl.PluralRules(document.documentElement.lang || undefined).select(count);
  return format(rule === "one" ? one : other, count);
}

export function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A channel's label in the page's language: a broadcast carries every language's, a snapshot the viewer's already. */
export function channelLabel(channel) {
  return channel.labels?.[document.documentElement.lang] ?? channel.label;
}
