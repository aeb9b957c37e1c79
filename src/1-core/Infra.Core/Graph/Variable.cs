using Infra.Core.Expressions;
using Infra.Core.Values;

namespace Infra.Core.Graph;

/// <summary>
/// A top-level program variable, used for values read once and referenced often (an invoke such
/// as the AWS partition) and for function results that need to be interpolated into strings.
/// </summary>
public sealed class Variable
{
    internal Variable(Stack stack, string name, Value value)
    {
        Stack = stack;
        Name = name;
        Value = value;
    }

    public Stack Stack { get; }

    public string Name { get; }

    public Value Value { get; }

    public Output<T> As<T>() => new(new VariableRef(this, PropertyPath.Empty));

    public Output<T> Property<T>(string path) => new(new VariableRef(this, PropertyPath.Parse(path)));
}
