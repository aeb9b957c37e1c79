// Turns TypeScript compiler diagnostics about a generated program into plain words about the
// Pulumi program: which input is unknown, missing or of the wrong type, which output does not exist.
import ts from "typescript";

const join = (path, name) => (path ? `${path}.${name}` : name);

/**
 * @param {ts.Diagnostic} diagnostic
 * @param {{resource: string, path: string}} place where the diagnostic's line came from
 * @param {{name: string, rule: string | null} | undefined} builtin the host built-in whose argument the diagnostic is in
 * @returns {{ kind: string, path: string, message: string, names?: string[] }}
 */
export function describe(diagnostic, place, builtin) {
  const described = describeSdk(diagnostic, place);
  if (described.kind !== "wrong-type" || !builtin?.rule) return described;
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const found = text.match(/(?:Argument of type|Type) '(.+?)' is not assignable/)?.[1];
  return { ...described, message: `${builtin.rule}; found ${found ? simplify(found).replace(/\bOutputInstance</g, "Output<") : "a value of another type"}` };
}

function describeSdk(diagnostic, place) {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const first = text.split("\n")[0];
  let match;
  switch (diagnostic.code) {
    case 2353: // Object literal may only specify known properties, and 'x' does not exist in type 'Y'.
    case 2561: // … but 'x' does not exist in type 'Y'. Did you mean to write 'z'?
      match = first.match(/'([^']+)' does not exist in type/);
      {
        const suggestion = first.match(/Did you mean to write '([^']+)'\?/);
        const name = match?.[1] ?? "?";
        return {
          kind: "unknown-input",
          path: place.path.endsWith(name) ? place.path : join(place.path, name),
          message: `unknown input '${name}'${suggestion ? ` (did you mean '${suggestion[1]}'?)` : ""}`,
        };
      }
    case 2741: // Property 'x' is missing in type '…' but required in type 'Y'.
      match = first.match(/Property '([^']+)' is missing/);
      return { kind: "missing-input", path: place.path, names: [match?.[1] ?? "?"], message: `missing required input '${match?.[1] ?? "?"}'` };
    case 2739: // Type '…' is missing the following properties from type 'Y': a, b
    case 2740: {
      match = first.match(/properties from type '[^']+': (.+)$/);
      const names = (match?.[1] ?? "?").replace(/, and \d+ more\.?$/, "").split(", ").map((name) => name.trim());
      return { kind: "missing-input", path: place.path, names, message: `missing required inputs ${names.map((n) => `'${n}'`).join(", ")}` };
    }
    case 2339: // Property 'x' does not exist on type 'Output<…>'.
    case 2551: // … Did you mean 'y'?
      match = first.match(/Property '([^']+)' does not exist on type/);
      {
        const suggestion = first.match(/Did you mean '([^']+)'\?/);
        return {
          kind: "unknown-output",
          path: place.path,
          message: `refers to an output '${match?.[1] ?? "?"}' that the resource does not have${suggestion ? ` (did you mean '${suggestion[1]}'?)` : ""}`,
        };
      }
    case 2322: // Type 'A' is not assignable to type 'B'.
    case 2345: {
      const missing = text.match(/Property '([^']+)' is missing in type/);
      if (missing) return { kind: "missing-input", path: place.path, names: [missing[1]], message: `missing required input '${missing[1]}'` };
      const types = first.match(/Type '(.+)' is not assignable to type '(.+)'\.?$/);
      return {
        kind: "wrong-type",
        path: place.path,
        message: types ? `wrong value type: ${types[1]} where the SDK expects ${simplify(types[2])}` : `wrong value type: ${first}`,
      };
    }
    default:
      return { kind: "other", path: place.path, message: `TS${diagnostic.code}: ${first}` };
  }
}

/** `Input<number | undefined>` reads better as `number`. */
function simplify(type) {
  let simpler = type;
  for (let previous = ""; previous !== simpler;) {
    previous = simpler;
    simpler = simpler.replace(/\b(?:pulumi\.)?Input<([^<>]+)>/g, "$1");
  }
  return simpler
    .replace(/ \| undefined/g, "")
    .replace(/ \| Promise<.+?>/g, "")
    .replace(/ \| OutputInstance<.+?>/g, "");
}
