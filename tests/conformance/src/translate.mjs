// Translates one Pulumi YAML program into TypeScript that constructs every resource through the
// provider SDK's own class, with its properties as inline object literals, so the TypeScript
// checker judges input names at every depth, required inputs and value types. References become
// property accesses on the referenced resource, so an output it does not have is an error too.
// Literal maps and lists are written one entry a line, and every line remembers the resource and
// property path it writes, so a compiler message can be reported as `stack: resource.path: …`.
import { locate, verify } from "./tokens.mjs";
import { ASSETS, BUILTINS, DECLARATIONS, INVOKE_SHORTHAND, PAIR, checkLiterals } from "./builtins.mjs";

/** Resource options that exist in @pulumi/pulumi's ResourceOptions (others are checked by the C# tests). */
const RESOURCE_OPTIONS = new Set([
  "additionalSecretOutputs", "aliases", "customTimeouts", "deleteBeforeReplace", "deletedWith", "dependsOn",
  "ignoreChanges", "import", "parent", "pluginDownloadURL", "protect", "provider", "replaceOnChanges",
  "retainOnDelete", "version",
]);

/** Identifiers stay bare so TypeScript can suggest the input that was meant ("did you mean …"). */
const propertyKey = (name) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name));

const identifier = (prefix, name) => `${prefix}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;

/** Splits a host string into literal text and `${…}` accesses, undoing the `$$` escape. */
export function parseInterpolation(text) {
  const parts = [];
  let literal = "";
  for (let i = 0; i < text.length;) {
    if (text.startsWith("$$", i)) {
      literal += "$";
      i += 2;
    } else if (text.startsWith("${", i)) {
      const end = text.indexOf("}", i);
      if (end < 0) throw new Error(`unterminated interpolation in '${text}'`);
      if (literal) parts.push({ text: literal });
      literal = "";
      parts.push({ access: text.slice(i + 2, end) });
      i = end + 1;
    } else {
      literal += text[i++];
    }
  }
  if (literal) parts.push({ text: literal });
  return parts;
}

/** `a.b[0]["k.x"]` → root `a` and the rest, which is already valid TypeScript property access. */
function splitAccess(access) {
  if (access.startsWith("[")) {
    const close = access.indexOf("]");
    return { root: JSON.parse(access.slice(1, close)), rest: access.slice(close + 1) };
  }
  const match = access.match(/^([^.[]+)(.*)$/);
  return { root: match[1], rest: match[2] };
}

const isBuiltin = (value) =>
  value !== null && typeof value === "object" && !Array.isArray(value)
  && Object.keys(value).length === 1 && Object.keys(value)[0].toLowerCase().startsWith("fn::");

const join = (where, key) => ({ resource: where.resource, path: where.path ? `${where.path}${key.startsWith("[") ? "" : "."}${key}` : key });

export class Translation {
  /**
   * @param {string} stack the stack's name, used in every message
   * @param {object} program the parsed YAML program
   * @param {string} nodeModules where the SDK packages are installed
   * @param {{omit: Set<string>, neutral: Set<string>, add: Map<string, string[]>, blank: Set<string>}} patches what
   *        earlier passes reported, so this pass can see past it (TypeScript stops checking an
   *        object literal's other properties once one nested property fails)
   */
  constructor(stack, program, nodeModules, patches) {
    this.stack = stack;
    this.nodeModules = nodeModules;
    this.patches = patches;
    this.resources = program?.resources ?? {};
    this.variables = program?.variables ?? {};
    this.lines = [];
    this.places = [];
    this.imports = new Map();
    this.problems = [];
  }

  /** @returns {{ text: string, places: Array<{resource: string, path: string} | null>, problems: object[] }} */
  translate() {
    const body = [];
    const bodyPlaces = [];
    const emit = (text, place = null) => { body.push(text); bodyPlaces.push(place); };

    const aliases = new Map();
    for (const [name, declaration] of Object.entries(this.resources)) {
      const alias = typeof declaration?.type === "string" ? this.importFor(declaration.type, "resource", { resource: name, path: "type" }) : null;
      if (typeof declaration?.type !== "string") this.problem({ resource: name, path: "type" }, "has no type");
      aliases.set(name, alias);
      emit(`declare const ${identifier("r", name)}: ${alias ?? "any"};`);
    }
    for (const name of this.variableOrder()) {
      const place = { resource: `variables.${name}`, path: "" };
      emit(`const ${identifier("v", name)} = ${this.expression(this.variables[name], place)};`, place);
    }
    for (const [name, declaration] of Object.entries(this.resources)) {
      const alias = aliases.get(name);
      if (!alias) continue;
      const place = { resource: name, path: "" };
      const options = this.options(declaration.options ?? {}, name);
      this.writeValue(emit, "", `new ${alias}(${JSON.stringify(name)}, `, declaration.properties ?? {}, place, `, ${options});`);
    }

    const head = [`import * as pulumi from "@pulumi/pulumi";`];
    for (const entry of this.imports.values()) head.push(`import { ${entry.name} as ${entry.alias} } from "${entry.specifier}";`);
    head.push(
      `declare function cfg(key: string): any;`,
      ...DECLARATIONS,
      `export {};`);
    return {
      text: [...head, ...body].join("\n") + "\n",
      places: [...head.map(() => null), ...bodyPlaces],
      problems: this.problems,
    };
  }

  problem(place, message) {
    this.problems.push({ stack: this.stack, resource: place.resource, path: place.path, message });
  }

  importFor(token, kind, place) {
    const location = locate(token, this.nodeModules, kind);
    const error = verify(location, token, kind);
    if (error) {
      this.problem(place, error);
      return null;
    }
    const key = `${location.specifier}#${location.name}`;
    if (!this.imports.has(key)) this.imports.set(key, { alias: `T${this.imports.size}`, ...location });
    return this.imports.get(key).alias;
  }

  /** Writes `prefix value suffix`, spreading literal maps and lists over lines with their places. */
  writeValue(emit, indent, prefix, value, place, suffix) {
    const key = `${place.resource}|${place.path}`;
    if (this.patches.neutral.has(key)) {
      emit(`${indent}${prefix}undefined!${suffix}`, place);
    } else if (Array.isArray(value) && value.length > 0) {
      emit(`${indent}${prefix}[`, place);
      value.forEach((item, i) => this.writeValue(emit, `${indent}  `, "", item, join(place, `[${i}]`), ","));
      emit(`${indent}]${suffix}`, place);
    } else if (value !== null && typeof value === "object" && !Array.isArray(value) && !isBuiltin(value)) {
      const added = this.patches.add.get(key) ?? [];
      const entries = Object.entries(value).filter(([name]) => !this.patches.omit.has(`${place.resource}|${join(place, name).path}`));
      if (entries.length === 0 && added.length === 0) {
        emit(`${indent}${prefix}{}${suffix}`, place);
        return;
      }
      emit(`${indent}${prefix}{`, place);
      for (const [name, child] of entries) this.writeValue(emit, `${indent}  `, `${propertyKey(name)}: `, child, join(place, name), ",");
      for (const name of added) emit(`${indent}  ${propertyKey(name)}: undefined!,`, join(place, name));
      emit(`${indent}}${suffix}`, place);
    } else {
      emit(`${indent}${prefix}${this.expression(value, place)}${suffix}`, place);
    }
  }

  /** A value as one line of TypeScript (references, function calls, scalars, inline literals). */
  expression(value, place, isOption = false) {
    if (value === null || value === undefined) return "undefined";
    if (typeof value === "boolean" || typeof value === "number") return String(value);
    if (typeof value === "string") return this.string(value, place, isOption);
    if (Array.isArray(value)) return `[${value.map((item, i) => this.expression(item, join(place, `[${i}]`), isOption)).join(", ")}]`;
    if (isBuiltin(value)) {
      const [name] = Object.keys(value);
      return this.builtin(name, value[name], place);
    }
    return `{ ${Object.entries(value).map(([name, child]) => `${propertyKey(name)}: ${this.expression(child, join(place, name), isOption)}`).join(", ")} }`;
  }

  string(text, place, isOption) {
    if (!text.includes("${")) return JSON.stringify(text.replaceAll("$$", "$"));
    const parts = parseInterpolation(text);
    if (parts.length === 1 && parts[0].access !== undefined) return this.reference(parts[0].access, place, isOption);
    const template = parts.map((part) => part.text !== undefined
      ? part.text.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${")
      : `\${${this.reference(part.access, place, false)}}`).join("");
    return `pulumi.interpolate\`${template}\``;
  }

  reference(access, place, isOption) {
    if (this.patches.blank.has(`${place.resource}|${place.path}`)) return "(undefined as any)";
    const { root, rest } = splitAccess(access);
    if (root === "pulumi") {
      const known = { ".stack": "pulumi.getStack()", ".project": "pulumi.getProject()", ".organization": "pulumi.getOrganization()" };
      return known[rest] ?? "(\"\" as string)";
    }
    if (Object.hasOwn(this.resources, root)) return `${identifier("r", root)}${rest}`;
    if (Object.hasOwn(this.variables, root)) return `${identifier("v", root)}${rest}`;
    if (isOption) {
      this.problem(place, `refers to '${root}', which is not a resource of this program`);
      return "undefined";
    }
    return `cfg(${JSON.stringify(root)})${rest}`;
  }

  builtin(name, argument, place) {
    const key = name.toLowerCase();
    const inner = join(place, name);
    if (ASSETS[key]) return `new ${ASSETS[key]}(${this.expression(argument, inner)})`;
    if (key === "fn::invoke") return this.invoke(argument, place, "fn::invoke");
    const builtin = BUILTINS[key];
    if (builtin) {
      const problems = checkLiterals(key, argument);
      problems.forEach((message) => this.problem(inner, message));
      if (problems.length > 0) return "(undefined as any)";
      const args = builtin.shape === PAIR
        ? argument.map((item, i) => this.expression(item, join(inner, `[${i}]`))).join(", ")
        : this.expression(argument, inner);
      return `${builtin.ts}(${args})`;
    }
    // ast/expr.go tryParseFunction, default case: `fn::aws:index:getPartition` is fn::invoke of that token.
    if (INVOKE_SHORTHAND.test(key)) {
      const call = argument !== null && typeof argument === "object" && !Array.isArray(argument) ? { arguments: argument } : {};
      return this.invoke({ ...call, function: name.slice(4) }, place, name);
    }
    this.problem(place, `'${name}' is not a built-in function of the Pulumi YAML host`);
    return "undefined";
  }

  /** ast/expr.go:983 parseInvoke: `function` and `return` string literals, `arguments` an object. */
  invoke(call, place, name) {
    const inner = join(place, name);
    if (typeof call?.function !== "string") {
      this.problem(inner, "fn::invoke has no function token");
      return "(undefined as any)";
    }
    if (call.arguments !== undefined && (call.arguments === null || typeof call.arguments !== "object" || Array.isArray(call.arguments) || isBuiltin(call.arguments))) {
      this.problem(join(inner, "arguments"), "function arguments ('arguments') must be an object (pulumi-yaml ast/expr.go parseInvoke)");
      return "(undefined as any)";
    }
    if (call.return !== undefined && (typeof call.return !== "string" || call.return.includes("${"))) {
      this.problem(join(inner, "return"), "return directive must be a string literal (pulumi-yaml ast/expr.go parseInvoke)");
      return "(undefined as any)";
    }
    const alias = this.importFor(call.function, "function", inner);
    if (!alias) return "(undefined as any)";
    const args = this.expression(call.arguments ?? {}, join(inner, "arguments"));
    const options = call.options?.provider ? `{ provider: ${this.expression(call.options.provider, inner, true)} }` : "{}";
    return `${alias}(${args}, ${options})${call.return ? `.${call.return}` : ""}`;
  }

  options(options, resource) {
    const entries = Object.entries(options)
      .filter(([key]) => RESOURCE_OPTIONS.has(key))
      .map(([key, value]) => `${key}: ${this.expression(value, { resource, path: `options.${key}` }, true)}`);
    return `{ ${entries.join(", ")} }`;
  }

  variableOrder() {
    const names = Object.keys(this.variables);
    const ordered = [];
    const visiting = new Set();
    const visit = (name) => {
      if (ordered.includes(name) || visiting.has(name)) return;
      visiting.add(name);
      const text = JSON.stringify(this.variables[name]);
      for (const other of names) {
        if (other !== name && new RegExp(`\\$\\{${other}[.\\[}]`).test(text)) visit(other);
      }
      ordered.push(name);
    };
    names.forEach(visit);
    return ordered;
  }
}
