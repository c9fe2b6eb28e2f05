// Command-line options as --name value pairs, with defaults.
function options(defaults) {
  const out = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, "");
    if (!(name in defaults)) throw new Error(`unknown option --${name} (known: ${Object.keys(defaults).join(", ")})`);
    out[name] = typeof defaults[name] === "number" ? Number(argv[i + 1]) : argv[i + 1];
  }
  return out;
}

module.exports = { options };
