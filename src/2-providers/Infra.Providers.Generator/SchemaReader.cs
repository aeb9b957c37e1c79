namespace Infra.Providers.Generator;

/// <summary>A schema file that cannot be generated from, with the diagnostic that says why.</summary>
internal sealed class SchemaException(SchemaDiagnostic diagnostic, string message) : Exception(message)
{
    public SchemaDiagnostic Diagnostic { get; } = diagnostic;
}

/// <summary>Reads a schema JSON file into the model, refusing anything it does not know.</summary>
internal static class SchemaReader
{
    public static SchemaFile Read(string text)
    {
        object? root;
        try
        {
            root = Json.Parse(text);
        }
        catch (FormatException e)
        {
            throw new SchemaException(SchemaDiagnostic.Invalid, e.Message);
        }

        var file = Object(root, "the file");
        Only(file, "the file", "namespace", "resources", "types");
        var resources = Array(file, "resources").Select(r => Resource(Object(r, "a resource"))).ToList();
        var types = Array(file, "types").Select(t => ArgsRecord(Object(t, "a type"))).ToList();
        return new SchemaFile(String(file, "namespace", "the file"), resources, types);
    }

    private static ResourceSchema Resource(Dictionary<string, object?> resource)
    {
        var token = String(resource, "token", "a resource");
        Only(resource, token, "token", "class", "doc", "outputs", "args", "replaceOnChanges");
        var outputs = Array(resource, "outputs").Select(o => Output(Object(o, token))).ToList();
        var facts = Array(resource, "replaceOnChanges").Select(f => ForceNew(Object(f, token), token)).ToList();
        return new ResourceSchema(
            token,
            String(resource, "class", token),
            OptionalString(resource, "doc"),
            outputs,
            ArgsRecord(Object(Get(resource, "args", token), token)),
            facts);
    }

    private static OutputSchema Output(Dictionary<string, object?> output)
    {
        var name = String(output, "name", "an output");
        Only(output, name, "name", "type", "path", "doc");
        return new OutputSchema(name, String(output, "type", name), String(output, "path", name), OptionalString(output, "doc"));
    }

    private static ArgsSchema ArgsRecord(Dictionary<string, object?> args)
    {
        var name = String(args, "name", "an argument record");
        Only(args, name, "name", "doc", "properties");
        var properties = Array(args, "properties").Select(p => Property(Object(p, name), name)).ToList();
        return new ArgsSchema(name, OptionalString(args, "doc"), properties);
    }

    private static PropertySchema Property(Dictionary<string, object?> property, string record)
    {
        var name = String(property, "name", record);
        var where = record + "." + name;
        Only(property, where, "name", "csharpName", "type", "required", "doc");
        var type = String(property, "type", where);
        if (!type.StartsWith("Input<", StringComparison.Ordinal) && !type.StartsWith("InputList<", StringComparison.Ordinal) && !type.StartsWith("InputMap<", StringComparison.Ordinal))
        {
            throw new SchemaException(SchemaDiagnostic.Invalid, $"{where}: type \"{type}\" is not Input<T>, InputList<T> or InputMap<T>");
        }

        var required = property.TryGetValue("required", out var value) && value is true;
        return new PropertySchema(name, OptionalString(property, "csharpName"), type, required, OptionalString(property, "doc"));
    }

    private static ForceNewFact ForceNew(Dictionary<string, object?> fact, string token)
    {
        Only(fact, token, "inputs", "source");
        var inputs = Array(fact, "inputs").Select(i => i as string ?? throw new SchemaException(SchemaDiagnostic.Invalid, $"{token}: a ForceNew input is not a string")).ToList();
        var source = OptionalString(fact, "source");
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new SchemaException(SchemaDiagnostic.ForceNewWithoutSource, $"{token}: the ForceNew inputs {string.Join(", ", inputs)} have no source");
        }

        return new ForceNewFact(inputs, source!);
    }

    private static void Only(Dictionary<string, object?> value, string where, params string[] keys)
    {
        foreach (var key in value.Keys.Where(k => System.Array.IndexOf(keys, k) < 0))
        {
            throw new SchemaException(SchemaDiagnostic.Invalid, $"{where}: unknown key \"{key}\"");
        }
    }

    private static object? Get(Dictionary<string, object?> value, string key, string where) =>
        value.TryGetValue(key, out var found) && found is not null
            ? found
            : throw new SchemaException(SchemaDiagnostic.Invalid, $"{where}: \"{key}\" is missing");

    private static Dictionary<string, object?> Object(object? value, string where) =>
        value as Dictionary<string, object?> ?? throw new SchemaException(SchemaDiagnostic.Invalid, $"{where}: not an object");

    private static List<object?> Array(Dictionary<string, object?> value, string key) =>
        !value.TryGetValue(key, out var found) || found is null
            ? []
            : found as List<object?> ?? throw new SchemaException(SchemaDiagnostic.Invalid, $"\"{key}\" is not an array");

    private static string String(Dictionary<string, object?> value, string key, string where) =>
        Get(value, key, where) as string ?? throw new SchemaException(SchemaDiagnostic.Invalid, $"{where}: \"{key}\" is not a string");

    private static string? OptionalString(Dictionary<string, object?> value, string key) =>
        value.TryGetValue(key, out var found) ? found as string : null;
}
