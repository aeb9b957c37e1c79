namespace Infra.Compliance.Rules;

/// <summary>The data-governance reasons rules cite, in one place so the docs and plan say them the same way.</summary>
internal static class Governance
{
    public const string Residency =
        "China data residency: data collected in China is stored and processed in China (PIPL, Data Security Law); global data stays out of the China partition";

    public const string Confidentiality = "Confidentiality of ML data (datasets and model artifacts are classified confidential)";

    public const string Recoverability = "Integrity and recoverability of ML data: an overwrite or deletion can be undone";

    public const string Accountability = "Accountability: who accessed which data, and when, can be shown to an auditor";

    public const string Retention = "Storage limitation: data is kept as long as its class needs, no longer";

    public const string ClusterIsolation = "Confidentiality of workloads and the credentials they hold";

    public const string Ownership = "Accountability and cost allocation: every resource has an owner, a cost centre, an environment and a data classification";

    public const string SupplyChain =
        "Availability and integrity of what runs: a China stack pulls its software from registries in China, which the platform team fills and controls, not from hosts abroad that are slow or unreachable from the mainland";

    public const string Secrets = "Credentials never appear in the program or its state in plain text";

    public const string MainlandServing =
        "Lawful operation in mainland China: a public service there needs an ICP filing (Measures for the Administration of Internet Information Services)";
}
