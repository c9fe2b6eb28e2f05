// N people register through the public API, their emails land in the drop folder, each link admits them.
const fs = require("node:fs");
const path = require("node:path");
const { request, cookiesOf } = require("./http");
const { summary, nowMs, sleep, pool } = require("./stats");

const emailOf = (slug, i) => `attendee${i}@${slug}.example.org`;

/** Registers N people, `inFlight` at a time; figures: per second and latency of each request. */
async function register(base, slug, n, inFlight) {
  const latencies = [];
  let refused = 0;
  const started = nowMs();
  await pool(n, inFlight, async i => {
    const t = nowMs();
    const response = await request(base, "POST", `/api/events/${slug}/registrations`, {
      lane: i, json: { name: `Attendee ${i}`, email: emailOf(slug, i), language: "en", consent: true },
    });
    latencies.push(nowMs() - t);
    if (response.status !== 202) refused++;
  });
  const seconds = (nowMs() - started) / 1000;
  return { startedAt: started, perSecond: n / seconds, refused, latency: summary(latencies) };
}

// Quoted-printable soft breaks and escapes, enough to read a link back out of an .eml file.
const unQuote = text => text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
const unBase64 = text => text.replace(/(?:^[A-Za-z0-9+/=]{40,}\r?\n)+/gm, block => Buffer.from(block.replace(/\s/g, ""), "base64").toString("utf8"));

/** Waits for one email per registrant in the drop folder; returns their tokens in order and when the last came. */
async function readLinks(folder, slug, n, timeoutMs) {
  const tokens = new Array(n);
  const seen = new Set();
  let found = 0;
  const deadline = nowMs() + timeoutMs;
  const pattern = new RegExp(`^To:.*attendee(\\d+)@${slug.replace(/[.-]/g, "\\$&")}\\.example\\.org`, "mi");
  while (found < n) {
    if (nowMs() > deadline) throw new Error(`only ${found} of ${n} emails arrived in ${folder}`);
    for (const file of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
      if (seen.has(file) || !file.endsWith(".eml")) continue;
      seen.add(file);
      const raw = fs.readFileSync(path.join(folder, file), "utf8");
      const to = pattern.exec(raw);
      const link = /\/r\/([A-Za-z0-9_-]{43})/.exec(unBase64(unQuote(raw)));
      if (to && link && tokens[Number(to[1])] === undefined) {
        tokens[Number(to[1])] = link[1];
        found++;
      }
    }
    if (found < n) await sleep(250);
  }
  return { tokens, lastAt: nowMs() };
}

/** The personal link's live door: each person's session cookie, and the event id the live page carries. */
async function admit(base, slug, tokens, inFlight) {
  const cookies = await pool(tokens.length, inFlight, async i => {
    const response = await request(base, "GET", `/r/${tokens[i]}/live`, { lane: i });
    if (response.status !== 302) throw new Error(`admission of #${i}: HTTP ${response.status}`);
    return cookiesOf(response);
  });
  const page = await request(base, "GET", `/events/${slug}/live`, { cookie: cookies[0] });
  const eventId = Number(/&quot;eventId&quot;:(\d+)|"eventId":(\d+)/.exec(page.body)?.slice(1).find(Boolean));
  if (!eventId) throw new Error(`no event id on the live page (HTTP ${page.status})`);
  return { cookies, eventId };
}

module.exports = { register, readLinks, admit };
