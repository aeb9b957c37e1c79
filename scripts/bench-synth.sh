#!/usr/bin/env bash
# Measures synthesis and writes the tables of docs/performance.md, in one run:
#   - every reference stack's `infra synth` as a whole process, run as Pulumi runs it (from
#     program/, with PULUMI_STACK, PULUMI_PROJECT and PULUMI_CONFIG), beside a hello-world
#     published the same way, for each build mode (native = NativeAOT, readytorun, jit): hyperfine
#     medians, and peak memory from /usr/bin/time -v; plus Pulumi.yaml's launcher itself;
#   - in-process synthesis of each stack and of generated estates of 100, 1,000 and 10,000
#     resources (BenchmarkDotNet), and the peak memory of a process synthesizing each estate once.
#
#   scripts/bench-synth.sh                       all three build modes
#   BENCH_MODES=native scripts/bench-synth.sh    only the native build (quicker)
#
# Installs Debian's hyperfine and time when they are missing. Raw results: .build/bench/results.
# It reports; it never fails on a time.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
started=$(date +%s)
modes=(${BENCH_MODES:-native readytorun jit})
bench="$root/.build/bench"
results="$bench/results"
load_before=$(cut -d' ' -f1 /proc/loadavg)

need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "bench-synth: installing $2 (for $1)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null
}
need hyperfine hyperfine
[[ -x /usr/bin/time ]] || need /usr/bin/time time

rm -rf "$results"
mkdir -p "$results"/{process,rss,resources,estate,bdn}
echo "${modes[*]}" > "$results/modes"

# --- builds -----------------------------------------------------------------------------------
publish() { # project output mode
  local args=(-c Release -r linux-x64 -o "$2" --nologo -v quiet
    -p:UseArtifactsOutput=true -p:ArtifactsPath="$bench/artifacts-$3")
  case "$3" in
    readytorun) args+=(-p:PublishAot=false -p:PublishReadyToRun=true --self-contained false) ;;
    jit) args+=(-p:PublishAot=false --self-contained false) ;;
  esac
  echo "bench-synth: publishing $(basename "$1" .csproj) ($3)" >&2
  dotnet publish "$1" "${args[@]}" >&2
}

"$root/scripts/build-infra" --if-stale
for mode in "${modes[@]}"; do
  publish bench/HelloWorld/HelloWorld.csproj "$bench/$mode/hello" "$mode"
  if [[ "$mode" == native ]]; then
    mkdir -p "$bench/native" && rm -rf "$bench/native/infra" && cp -a .build/infra "$bench/native/infra"
  else
    publish src/6-cli/Infra.Cli/Infra.Cli.csproj "$bench/$mode/infra" "$mode"
  fi
done
echo "bench-synth: building bench/Infra.Benchmarks" >&2
dotnet build bench/Infra.Benchmarks -c Release --nologo -v quiet >&2
tool=(dotnet "$root/bench/Infra.Benchmarks/bin/Release/net10.0/Infra.Benchmarks.dll")

# --- whole process, per stack -------------------------------------------------------------------
cd "$root/program"
for file in "$root"/Pulumi.*.yaml; do
  stack=$(basename "$file" .yaml); stack=${stack#Pulumi.}
  config=$("${tool[@]}" pulumi-config "$stack")
  "${tool[@]}" resources "$stack" > "$results/resources/$stack.txt"
  commands=()
  for mode in "${modes[@]}"; do
    commands+=(-n "infra synth ($mode)" "../.build/bench/$mode/infra/infra synth" -n "hello ($mode)" "../.build/bench/$mode/hello/hello")
  done
  commands+=(-n "launcher (native)" "../scripts/infra-compiler")
  echo "bench-synth: $stack" >&2
  env PULUMI_STACK="$stack" PULUMI_PROJECT=ml-platform PULUMI_ORGANIZATION=organization \
      PULUMI_CONFIG="$config" PULUMI_ROOT_DIRECTORY="$root" \
    hyperfine -N --warmup 5 --min-runs 20 --style basic --export-json "$results/process/$stack.json" "${commands[@]}" >&2
  for mode in "${modes[@]}"; do
    env PULUMI_STACK="$stack" PULUMI_PROJECT=ml-platform PULUMI_CONFIG="$config" \
      /usr/bin/time -v "../.build/bench/$mode/infra/infra" synth > /dev/null 2> "$results/rss/$stack.infra-$mode.txt"
    /usr/bin/time -v "../.build/bench/$mode/hello/hello" > /dev/null 2> "$results/rss/$stack.hello-$mode.txt"
  done
done
cd "$root"

# --- in process ----------------------------------------------------------------------------------
echo "bench-synth: BenchmarkDotNet (in-process)" >&2
"${tool[@]}" --filter '*' --job short --iterationCount 15 --warmupCount 5 --inProcess --exporters json --artifacts "$results/bdn" >&2
for size in 100 1000 10000; do
  /usr/bin/time -v "${tool[@]}" estate "$size" > "$results/estate/$size.out" 2> "$results/rss/estate-$size.txt"
  sed -n 's/.*resources=\([0-9]*\).*/\1 resources/p' "$results/estate/$size.out" > "$results/estate/$size.txt"
done

# --- report --------------------------------------------------------------------------------------
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!docs/performance.md' || echo '+changes')"
  echo "command=./scripts/bench-synth.sh${BENCH_MODES:+ (BENCH_MODES=$BENCH_MODES)}"
  echo "cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "cores=$(nproc)"
  echo "memory=$(free -h | awk '/^Mem:/ {print $2}')"
  echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "kernel=$(uname -r)"
  echo "dotnet=$(dotnet --version)"
  echo "load_before=$load_before"
  echo "load_after=$(cut -d' ' -f1 /proc/loadavg)"
  echo "minutes=$(( ($(date +%s) - started + 59) / 60 ))"
} > "$results/machine.env"
"${tool[@]}" report "$results" "$root/docs/performance.md"
echo "bench-synth: wrote docs/performance.md" >&2
