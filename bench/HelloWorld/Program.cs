// Prints one line, as the compiler prints its program: the cost of a process that starts and writes.
using var stdout = Console.OpenStandardOutput();
stdout.Write("hello, world\n"u8);
