// The organiser's side, through the same API an organiser's tools use: sign in, create, publish, moderate before.
const { request, cookiesOf, expect } = require("./http");

async function signIn(base, email, password) {
  const response = await expect(request(base, "POST", "/api/account/login", { json: { email, password } }), 204, "sign-in");
  return cookiesOf(response);
}

/** A published event starting tomorrow (registration open), questions moderated before they are shown. */
async function publishEvent(base, cookie, slug) {
  const start = new Date(Date.now() + 24 * 3600 * 1000);
  start.setUTCMinutes(0, 0, 0);
  const end = new Date(start.getTime() + 90 * 60 * 1000);
  const local = d => d.toISOString().slice(0, 19);
  await expect(request(base, "POST", "/api/organiser/events", {
    cookie,
    json: {
      slug, title: "Room benchmark webinar", summary: "A benchmark of the live room.", rationale: "Measure it.",
      expectedOutcomes: ["Figures"], start: local(start), end: local(end), timeZone: "UTC", capacity: null,
      organiserName: "Benchmark team", organiserEmail: "bench@example.org",
    },
  }), 201, "create event");
  await expect(request(base, "POST", `/api/organiser/events/${slug}/publish`, { cookie }), 200, "publish");
  await expect(request(base, "PUT", `/api/organiser/events/${slug}/live-settings`, {
    cookie, json: { moderation: "Before", allowFullyAnonymousQuestions: false, openQuestions: false },
  }), 200, "live settings");
}

/** The vote count the database holds for the question with this text (the organiser's CSV export). */
async function storedVotes(base, cookie, slug, text) {
  const csv = (await expect(request(base, "GET", `/api/organiser/events/${slug}/questions.csv`, { cookie }), 200, "questions.csv")).body;
  const [header, ...lines] = csv.replace(/^\uFEFF/, "").split("\r\n");
  const line = lines.find(l => l.includes(text));
  if (!line) throw new Error(`question not in the export: ${text}`);
  // The column found by its name (the export has grown columns before it); the cells before the text hold no comma.
  const column = header.split(",").findIndex(h => h.trim().toLowerCase() === "votes");
  return Number(line.split(",")[column]);
}

module.exports = { signIn, publishEvent, storedVotes };
