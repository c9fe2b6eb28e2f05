// Plain HTTP/1.1 with keep-alive over the spread source addresses; cookies are carried by hand.
const http = require("node:http");
const { agentFor } = require("./sources");

/** One request; resolves { status, headers, body } (body as text). `lane` picks the source address. */
function request(base, method, path, { json, cookie, lane = 0 } = {}) {
  const url = new URL(path, base);
  const body = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
  const headers = { accept: "application/json" };
  if (body) Object.assign(headers, { "content-type": "application/json", "content-length": body.length });
  if (cookie) headers.cookie = cookie;
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: agentFor(lane) }, res => {
      const chunks = [];
      res.on("data", c => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The name=value pairs of a response's Set-Cookie headers, as a Cookie header. */
const cookiesOf = response => (response.headers["set-cookie"] ?? []).map(c => c.split(";")[0]).join("; ");

async function expect(responsePromise, status, what) {
  const response = await responsePromise;
  if (response.status !== status) throw new Error(`${what}: HTTP ${response.status} ${response.body.slice(0, 300)}`);
  return response;
}

module.exports = { request, cookiesOf, expect };
