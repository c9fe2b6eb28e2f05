// What the server process costs, read from /proc as any operator would: no hook inside the server.
const fs = require("node:fs");

const ticksPerSecond = Number(process.env.CLK_TCK || 100);

/**
 * User + system CPU time in microseconds (resolution 1/CLK_TCK s) of the whole process (all threads), or of one of its
 * threads when given "pid/task/tid".
 */
function cpuMicros(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / ticksPerSecond;
}

/**
 * CPU time of the runtime's tiered-compilation thread (".NET Tiered Com…"), in microseconds: the background JIT that
 * recompiles hot methods. While it still works, the server is not yet at the steady state a long-running one is in.
 */
function jitMicros(pid) {
  let sum = 0;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/task/${task}/comm`, "utf8").startsWith(".NET Tiered")) continue;
      sum += cpuMicros(`${pid}/task/${task}`);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return sum;
}

/** Resident set size in KB (VmRSS), and its anonymous part (RssAnon: heap, stacks; not mapped files). */
function memoryKb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const read = name => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rss: read("VmRSS"), anon: read("RssAnon") };
}

module.exports = { cpuMicros, jitMicros, memoryKb };
