// The Pulumi YAML host's `fn::` built-ins, each typed as the host evaluates it, so that a value the
// host refuses at run time (a number in fn::join, a string index in fn::select) fails the check.
//
// Source: github.com/pulumi/pulumi-yaml at 36f271cf0a6199cd0cb1d363a0b0faa707936983 (v1.38.1).
//   Parse shapes: pkg/pulumiyaml/ast/expr.go, tryParseFunction (line 867) and the parse* functions
//   it dispatches to. Run-time types: pkg/pulumiyaml/run.go, the evaluateBuiltin* functions cited
//   per entry. A value the host checks only at run time still fails there (`e.error` inside the
//   lifted apply), on `pulumi up`, and on every preview once the inputs are known.
//
// Per built-in: `shape` (PAIR: the argument is [first, second]; VALUE: taken as it is), `ts` the
// TypeScript function a call becomes, `declaration` its signature, `rule` what a finding says when the
// TypeScript checker rejects an argument (null where any value is accepted).

/** Built-ins whose argument is a two-valued list: [first, second]. */
const PAIR = "pair";
/** Built-ins that take their argument as it is. */
const VALUE = "value";

export const BUILTINS = {
  // run.go:2778 evaluateBuiltinJoin: delimiter a string (nil is read as ""), values a list whose every
  // element is a string: "the second argument to fn::join must be a list of strings, found %v at index %v".
  // Shape: ast/expr.go:1042 parseJoin, "the argument to fn::join must be a two-valued list".
  "fn::join": {
    shape: PAIR, ts: "fn_join",
    declaration: "declare function fn_join(delimiter: pulumi.Input<string> | null | undefined, values: pulumi.Input<pulumi.Input<string>[]>): pulumi.Output<string>;",
    rule: "the host's fn::join takes [a string delimiter, a list of strings] (pulumi-yaml run.go evaluateBuiltinJoin); use fn::toJSON for a number",
  },
  // run.go:2834 evaluateBuiltinSplit: delimiter and source both strings ("Must be a string"); the result is a list of strings.
  // Shape: ast/expr.go:1066 parseSplit.
  "fn::split": {
    shape: PAIR, ts: "fn_split",
    declaration: "declare function fn_split(delimiter: pulumi.Input<string>, source: pulumi.Input<string>): pulumi.Output<string[]>;",
    rule: "the host's fn::split takes [a string delimiter, a string] (pulumi-yaml run.go evaluateBuiltinSplit)",
  },
  // run.go:2880 evaluateBuiltinSelect: the index must be a float64 ("index must be a number") that is a
  // non-negative integer ("index must be a positive integral"); the list is subscripted like `${x[i]}`.
  // Shape: ast/expr.go:1055 parseSelect. Integrality is checked on literals by checkLiterals below.
  "fn::select": {
    shape: PAIR, ts: "fn_select",
    declaration: "declare function fn_select<T>(index: pulumi.Input<number>, values: pulumi.Input<pulumi.Input<T>[]>): pulumi.Output<T>;",
    rule: "the host's fn::select takes [a non-negative integer index, a list] (pulumi-yaml run.go evaluateBuiltinSelect)",
  },
  // run.go:2863 evaluateBuiltinToJSON: json.Marshal of any value; always a string (float64 3 → "3").
  "fn::tojson": {
    shape: VALUE, ts: "fn_toJSON",
    declaration: "declare function fn_toJSON(value: unknown): pulumi.Output<string>;",
    rule: null, // any value: a type error here is the surrounding input's
  },
  // run.go:2933 evaluateBuiltinToBase64: "expected argument to fn::toBase64 to be a string".
  "fn::tobase64": {
    shape: VALUE, ts: "fn_toBase64",
    declaration: "declare function fn_toBase64(text: pulumi.Input<string>): pulumi.Output<string>;",
    rule: "the host's fn::toBase64 takes a string (pulumi-yaml run.go evaluateBuiltinToBase64)",
  },
  // run.go:2910 evaluateBuiltinFromBase64: "expected argument to fn::fromBase64 to be a string"; the result is a string.
  "fn::frombase64": {
    shape: VALUE, ts: "fn_fromBase64",
    declaration: "declare function fn_fromBase64(text: pulumi.Input<string>): pulumi.Output<string>;",
    rule: "the host's fn::fromBase64 takes a string (pulumi-yaml run.go evaluateBuiltinFromBase64)",
  },
  // run.go:3053 evaluateBuiltinReadFile: "Argument to fn::readFile must be a string"; the file's text.
  "fn::readfile": {
    shape: VALUE, ts: "fn_readFile",
    declaration: "declare function fn_readFile(path: pulumi.Input<string>): pulumi.Output<string>;",
    rule: "the host's fn::readFile takes a string path (pulumi-yaml run.go evaluateBuiltinReadFile)",
  },
  // run.go:3114 evaluateBuiltinFileBase64: "fn::filebase64 requires a string path".
  "fn::filebase64": {
    shape: VALUE, ts: "fn_filebase64",
    declaration: "declare function fn_filebase64(path: pulumi.Input<string>): pulumi.Output<string>;",
    rule: "the host's fn::filebase64 takes a string path (pulumi-yaml run.go evaluateBuiltinFileBase64)",
  },
  // run.go:3132 evaluateBuiltinFileBase64Sha256: "fn::filebase64sha256 requires a string path".
  "fn::filebase64sha256": {
    shape: VALUE, ts: "fn_filebase64sha256",
    declaration: "declare function fn_filebase64sha256(path: pulumi.Input<string>): pulumi.Output<string>;",
    rule: "the host's fn::filebase64sha256 takes a string path (pulumi-yaml run.go evaluateBuiltinFileBase64Sha256)",
  },
  // run.go:3151 evaluateBuiltinSha1: "fn::sha1 requires a string"; hex digest.
  "fn::sha1": {
    shape: VALUE, ts: "fn_sha1",
    declaration: "declare function fn_sha1(text: pulumi.Input<string>): pulumi.Output<string>;",
    rule: "the host's fn::sha1 takes a string (pulumi-yaml run.go evaluateBuiltinSha1)",
  },
  // run.go:3074 evaluateBuiltinLength: a list, a map or a string ("fn::length requires a list, map, or string"); a number.
  "fn::length": {
    shape: VALUE, ts: "fn_length",
    declaration: "declare function fn_length(value: pulumi.Input<unknown[] | { [key: string]: unknown } | string>): pulumi.Output<number>;",
    rule: "the host's fn::length takes a list, a map or a string (pulumi-yaml run.go evaluateBuiltinLength)",
  },
  // run.go:3093 evaluateBuiltinSingleOrNone: a list of 0 or 1 elements ("fn::singleOrNone requires a list").
  "fn::singleornone": {
    shape: VALUE, ts: "fn_singleOrNone",
    declaration: "declare function fn_singleOrNone<T>(values: pulumi.Input<pulumi.Input<T>[]>): pulumi.Output<T | undefined>;",
    rule: "the host's fn::singleOrNone takes a list (pulumi-yaml run.go evaluateBuiltinSingleOrNone)",
  },
  // run.go:3006 evaluateBuiltinSecret: pulumi.ToSecret of any value; the value keeps its type.
  "fn::secret": {
    shape: VALUE, ts: "fn_secret",
    declaration: "declare function fn_secret<T>(value: pulumi.Input<T>): pulumi.Output<pulumi.Unwrap<T>>;",
    rule: null, // any value: a type error here is the surrounding input's
  },
  // run.go:3014 evaluateBuiltinUnsecret: pulumi.Unsecret of any value; the value keeps its type.
  "fn::unsecret": {
    shape: VALUE, ts: "fn_unsecret",
    declaration: "declare function fn_unsecret<T>(value: pulumi.Input<T>): pulumi.Output<pulumi.Unwrap<T>>;",
    rule: null, // any value: a type error here is the surrounding input's
  },
  // run.go:2977 evaluateBuiltinStackReference: [stack name, property name]; the property must be a string
  // ("expected property name argument to fn::stackReference to be a string"); the output is untyped.
  // Shape: ast/expr.go:1083 parseStackReference, the stack name a string literal (checkLiterals). Deprecated.
  "fn::stackreference": {
    shape: PAIR, ts: "fn_stackReference",
    declaration: "declare function fn_stackReference(stack: string, property: pulumi.Input<string>): pulumi.Output<any>;",
    rule: "the host's fn::stackReference takes [a stack name literal, a string property name] (pulumi-yaml run.go evaluateBuiltinStackReference)",
  },
  // run.go:3166 evaluateBuiltinPulumiResourceName / 3181 evaluateBuiltinPulumiResourceType: the argument must be a
  // resource ("requires a resource"); the result is a string known at once.
  "fn::pulumiresourcename": {
    shape: VALUE, ts: "fn_pulumiResourceName",
    declaration: "declare function fn_pulumiResourceName(resource: pulumi.Resource): string;",
    rule: "the host's fn::pulumiResourceName takes a resource (pulumi-yaml run.go evaluateBuiltinPulumiResourceName)",
  },
  "fn::pulumiresourcetype": {
    shape: VALUE, ts: "fn_pulumiResourceType",
    declaration: "declare function fn_pulumiResourceType(resource: pulumi.Resource): string;",
    rule: "the host's fn::pulumiResourceType takes a resource (pulumi-yaml run.go evaluateBuiltinPulumiResourceType)",
  },
};

/** Assets and archives: ast/expr.go getAssetOrArchive; run.go evaluateInterpolatedBuiltinAssetArchive ("must be a string"). */
export const ASSETS = {
  "fn::stringasset": "pulumi.asset.StringAsset",
  "fn::fileasset": "pulumi.asset.FileAsset",
  "fn::remoteasset": "pulumi.asset.RemoteAsset",
  "fn::filearchive": "pulumi.asset.FileArchive",
  "fn::remotearchive": "pulumi.asset.RemoteArchive",
  "fn::assetarchive": "pulumi.asset.AssetArchive",
};

/** ast/expr.go:15 fnInvokeRegex: `fn::pkg:module(:name)?` is shorthand for fn::invoke of that token. */
export const INVOKE_SHORTHAND = /^fn::[^:]+:[^:]+(:[^:]+)?$/;

/** Every built-in's TypeScript signature, for the head of a translated program. */
export const DECLARATIONS = Object.values(BUILTINS).map((builtin) => builtin.declaration);

const BY_TS_NAME = new Map(Object.entries(BUILTINS).map(([name, builtin]) => [builtin.ts, { name, ...builtin }]));

/** The built-in a generated TypeScript function name stands for, or undefined. */
export const builtinOf = (tsName) => BY_TS_NAME.get(tsName);

/**
 * What the host checks while parsing, or on values TypeScript cannot tell apart (1.5 and 1 are both
 * `number`), judged on the literal argument. Returns the problems as messages.
 * @param {string} key the lower-case built-in name
 * @param {unknown} argument the argument as parsed from YAML
 */
export function checkLiterals(key, argument) {
  const builtin = BUILTINS[key];
  if (!builtin) return [];
  if (builtin.shape === PAIR && (!Array.isArray(argument) || argument.length !== 2)) {
    // ast/expr.go parseJoin/parseSelect/parseSplit/parseStackReference: a parse error; the preview fails.
    return [`the host's ${key} takes a two-valued list (pulumi-yaml ast/expr.go ${parserOf(key)})`];
  }
  if (key === "fn::select" && typeof argument[0] === "number" && !(Number.isInteger(argument[0]) && argument[0] >= 0)) {
    return [`the host's fn::select index must be a non-negative integer, not ${argument[0]} (pulumi-yaml run.go evaluateBuiltinSelect)`];
  }
  if (key === "fn::stackreference" && (typeof argument[0] !== "string" || argument[0].includes("${"))) {
    return ["the first argument to fn::stackReference must be a string literal (pulumi-yaml ast/expr.go parseStackReference)"];
  }
  return [];
}

const parserOf = (key) => ({ "fn::join": "parseJoin", "fn::select": "parseSelect", "fn::split": "parseSplit", "fn::stackreference": "parseStackReference" })[key];

export { PAIR, VALUE };
