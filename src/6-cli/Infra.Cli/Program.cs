using System.Text;
using Infra.Cli;
using Infra.Cli.Hosting;
using Infra.Stacks.Synthesis;

// stdout carries the program Pulumi deploys: buffered, UTF-8 without BOM, written in one go.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
var exitCode = InfraApp.Run(args, new CliContext(SystemHostEnvironment.Instance, stdout, stderr, new Synthesizer(), SystemProcessRunner.Instance));
stdout.Flush();
return exitCode;
