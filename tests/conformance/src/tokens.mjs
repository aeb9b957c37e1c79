// Maps Pulumi type and function tokens to the SDK file that defines them, and checks that the
// token is exactly the one that file registers (`__pulumiType` for resources, the invoke token
// for functions), so a misspelled or non-canonical token is caught before TypeScript runs.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const PACKAGES = { aws: "@pulumi/aws", alicloud: "@pulumi/alicloud", kubernetes: "@pulumi/kubernetes" };

const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);

/** `scheduling.k8s.io/v1` → `scheduling/v1`, `helm.sh/v3` → `helm/v3`, `core/v1` → `core/v1`. */
function kubernetesModule(module) {
  const [group, version] = module.split("/");
  return version === undefined ? group : `${group.split(".")[0]}/${version}`;
}

/**
 * Where a resource or function token lives.
 * @returns {{ specifier: string, file: string, name: string, pkg: string } | { error: string }}
 */
export function locate(token, nodeModules, kind) {
  if (token.startsWith("pulumi:providers:")) {
    const pkg = token.slice("pulumi:providers:".length);
    if (!PACKAGES[pkg]) return { error: `unknown provider package '${pkg}'` };
    return { pkg, name: "Provider", specifier: `${PACKAGES[pkg]}/provider`, file: join(nodeModules, PACKAGES[pkg], "provider"), registered: pkg };
  }
  const parts = token.split(":");
  if (parts.length !== 3) return { error: `'${token}' is not a type token of the form package:module/file:Name` };
  const [pkg, moduleAndFile, name] = parts;
  if (!PACKAGES[pkg]) return { error: `unknown package '${pkg}' in '${token}'` };
  let dir;
  let fileName;
  if (pkg === "kubernetes") {
    dir = kubernetesModule(moduleAndFile);
    fileName = lowerFirst(name);
  } else {
    const slash = moduleAndFile.indexOf("/");
    if (slash < 0) return { error: `'${token}' is not canonical: write ${pkg}:module/file:${name}` };
    const module = moduleAndFile.slice(0, slash);
    fileName = moduleAndFile.slice(slash + 1);
    dir = module === "index" ? "" : module;
  }
  const relative = dir ? `${dir}/${fileName}` : fileName;
  const file = join(nodeModules, PACKAGES[pkg], relative);
  return { pkg, name: kind === "function" ? `${name}Output` : name, specifier: `${PACKAGES[pkg]}/${relative}`, file, registered: token };
}

/** Checks the token against what the SDK file registers; returns an error message or null. */
export function verify(location, token, kind) {
  if (location.error) return location.error;
  const js = `${location.file}.js`;
  if (!existsSync(js) || !existsSync(`${location.file}.d.ts`)) {
    return kind === "function" ? `unknown function '${token}'` : `unknown type token '${token}'`;
  }
  const source = readFileSync(js, "utf8");
  if (kind === "resource") {
    const match = source.match(/__pulumiType\s*=\s*'([^']+)'/);
    if (!match || match[1] !== location.registered) {
      return `unknown type token '${token}'${match ? ` (the SDK registers '${match[1]}')` : ""}`;
    }
  } else if (!source.includes(`"${token}"`) && !source.includes(`'${token}'`)) {
    return `unknown function '${token}'`;
  }
  return null;
}
