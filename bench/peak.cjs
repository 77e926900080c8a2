// Preloaded by bench/run.mjs (`node --require`) into one untimed run of a command: writes
// the process's peak resident set size, in kilobytes, to the file $XIESHANG_BENCH_PEAK.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  writeFileSync(process.env.XIESHANG_BENCH_PEAK, String(process.resourceUsage().maxRSS));
});
