#!/usr/bin/env node
// Conformance check: every resource of every given program against the provider SDKs' type
// definitions. Usage: node src/check.mjs [--json report.json] stack.yaml [more.yaml …]
// The stack name is the file name without `.yaml`. Prints one plain line per finding,
// `stack: resource.property.path: message`, and exits 1 when there is any.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { parse } from "yaml";
import { Translation } from "./translate.mjs";
import { describe } from "./messages.mjs";
import { builtinOf } from "./builtins.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const nodeModules = join(root, "node_modules");
const MAX_PASSES = 6;

const COMPILER_OPTIONS = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  lib: ["lib.es2022.d.ts"],
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};

function parseArguments(argv) {
  const files = [];
  let json = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--json") json = argv[++i];
    else files.push(argv[i]);
  }
  return { files, json };
}

/** One in-memory TypeScript file per stack, next to node_modules so imports resolve. */
function virtualPath(stack) {
  return join(root, "virtual", `${stack}.ts`);
}

function compile(translations, oldProgram) {
  const sources = new Map([...translations].map(([stack, t]) => [virtualPath(stack), t.text]));
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => sources.get(file) ?? readFile(file);
  host.fileExists = (file) => sources.has(file) || fileExists(file);
  host.getSourceFile = (file, language, onError, create) => sources.has(file)
    ? ts.createSourceFile(file, sources.get(file), language, true)
    : getSourceFile(file, language, onError, create);
  return ts.createProgram([...sources.keys()], COMPILER_OPTIONS, host, oldProgram);
}

/** Where a node of a generated file came from. */
function placeOf(translation, sourceFile, position) {
  const { line } = sourceFile.getLineAndCharacterOfPosition(position);
  return translation.places[line] ?? { resource: "(program)", path: "" };
}

/**
 * The innermost built-in call (`fn_join(…)`, see builtins.mjs) whose arguments hold a position, so a
 * type error there is reported as the host's rule for that built-in, not as the SDK's.
 */
function builtinAround(sourceFile, position) {
  let found;
  const visit = (node) => {
    if (position < node.getStart(sourceFile) || position >= node.end) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && position >= node.arguments.pos && position < node.arguments.end) {
      found = builtinOf(node.expression.text) ?? found;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** SDK classes and inputs marked @deprecated that a program uses (TypeScript only warns about these in editors). */
function deprecations(program, stack, translation) {
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(virtualPath(stack));
  const findings = [];
  const deprecatedTag = (symbol) => symbol?.getJsDocTags(checker).find((tag) => tag.name === "deprecated");
  const tagText = (tag) => ts.displayPartsToString(tag.text ?? []).split("\n")[0];
  const visit = (node) => {
    if (ts.isNewExpression(node)) {
      let symbol = checker.getSymbolAtLocation(node.expression);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const tag = deprecatedTag(symbol);
      if (tag) findings.push({ ...placeOf(translation, sourceFile, node.getStart()), message: `uses a deprecated resource type: ${tagText(tag)}` });
    }
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
      const contextual = checker.getContextualType(node.parent);
      const name = node.name.getText().replace(/^"|"$/g, "");
      const candidates = contextual ? (contextual.isUnion() ? contextual.types : [contextual]) : [];
      for (const type of candidates) {
        const tag = deprecatedTag(checker.getPropertyOfType(type, name));
        if (tag) {
          findings.push({ ...placeOf(translation, sourceFile, node.getStart()), message: `input '${name}' is deprecated: ${tagText(tag)}` });
          break;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}

export function check(programs) {
  const patches = new Map([...programs.keys()].map((stack) => [stack, { omit: new Set(), neutral: new Set(), add: new Map(), blank: new Set() }]));
  const findings = new Map();
  const record = (finding) => {
    const key = `${finding.stack}|${finding.resource}|${finding.path}|${finding.message}`;
    if (!findings.has(key)) findings.set(key, finding);
  };
  let program;
  let translations;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    translations = new Map([...programs].map(([stack, parsed]) => [stack, new Translation(stack, parsed, nodeModules, patches.get(stack)).translate()]));
    for (const translation of translations.values()) translation.problems.forEach(record);
    program = compile(translations, program);
    let progressed = false;
    for (const [stack, translation] of translations) {
      const sourceFile = program.getSourceFile(virtualPath(stack));
      const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
      for (const diagnostic of diagnostics) {
        const place = placeOf(translation, sourceFile, diagnostic.start ?? 0);
        const described = describe(diagnostic, place, builtinAround(sourceFile, diagnostic.start ?? 0));
        record({ stack, resource: place.resource, path: described.path, message: described.message });
        progressed = applyPatch(patches.get(stack), place, described) || progressed;
      }
    }
    if (!progressed) break;
  }
  for (const stack of programs.keys()) deprecations(program, stack, translations.get(stack)).forEach((finding) => record({ stack, ...finding }));
  return explainMisspellings([...findings.values()]).sort((a, b) =>
    `${a.stack}|${a.resource}|${a.path}`.localeCompare(`${b.stack}|${b.resource}|${b.path}`));
}

/**
 * A misspelled required input shows up twice: as missing, and (in a later pass) as unknown. Keep
 * one finding that says what was meant: "unknown input 'minSiz' (did you mean 'minSize'?)".
 */
function explainMisspellings(findings) {
  const missing = /^missing required input '([^']+)'$/;
  const unknown = /^unknown input '([^']+)'$/;
  const dropped = new Set();
  for (const finding of findings) {
    const name = finding.message.match(unknown)?.[1];
    if (!name) continue;
    const parentPath = finding.path.slice(0, Math.max(0, finding.path.length - name.length - 1));
    const meant = findings.find((other) => other.stack === finding.stack && other.resource === finding.resource
      && other.path === parentPath && editDistance(other.message.match(missing)?.[1] ?? "", name) <= 2);
    if (meant) {
      finding.message = `unknown input '${name}' (did you mean '${meant.message.match(missing)[1]}'?)`;
      dropped.add(meant);
    }
  }
  return findings.filter((finding) => !dropped.has(finding));
}

function editDistance(a, b) {
  if (!a || !b) return Infinity;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/**
 * Lets the next pass look past a finding: drop an unknown input, give a mistyped one a value of
 * any type (`undefined!`), add a missing one, blank a bad reference.
 */
function applyPatch(patch, place, described) {
  const key = `${place.resource}|${described.path}`;
  switch (described.kind) {
    case "unknown-input":
      if (patch.omit.has(key)) return false;
      patch.omit.add(key);
      return true;
    case "wrong-type":
      if (patch.neutral.has(key)) return false;
      patch.neutral.add(key);
      return true;
    case "missing-input": {
      const at = `${place.resource}|${place.path}`;
      const added = patch.add.get(at) ?? [];
      const fresh = described.names.filter((name) => !added.includes(name));
      if (fresh.length === 0) return false;
      patch.add.set(at, [...added, ...fresh]);
      return true;
    }
    case "unknown-output":
      if (patch.blank.has(`${place.resource}|${place.path}`)) return false;
      patch.blank.add(`${place.resource}|${place.path}`);
      return true;
    default:
      return false;
  }
}

function format(finding) {
  const where = finding.path ? `${finding.resource}.${finding.path}` : finding.resource;
  return `${finding.stack}: ${where}: ${finding.message}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files, json } = parseArguments(process.argv.slice(2));
  if (files.length === 0) {
    console.error("usage: node src/check.mjs [--json report.json] stack.yaml [more.yaml …]");
    process.exit(2);
  }
  const started = performance.now();
  const programs = new Map(files.map((file) => [basename(file, ".yaml"), parse(readFileSync(file, "utf8"))]));
  const findings = check(programs);
  const seconds = (performance.now() - started) / 1000;
  const stacks = [...programs.keys()].map((stack) => ({
    stack,
    resources: Object.keys(programs.get(stack)?.resources ?? {}).length,
    findings: findings.filter((finding) => finding.stack === stack).map(format),
  }));
  if (json) writeFileSync(json, JSON.stringify({ seconds, stacks }, null, 2));
  for (const finding of findings) console.log(format(finding));
  console.error(`conformance: ${stacks.length} program(s), ${stacks.reduce((n, s) => n + s.resources, 0)} resources, ${findings.length} finding(s), ${seconds.toFixed(1)} s`);
  process.exit(findings.length === 0 ? 0 : 1);
}
