namespace Infra.Components.Clouds.Aws;

/// <summary>
/// The key policy of a key that encrypts CloudWatch Logs log groups. A key policy replaces KMS's
/// default one, so it repeats the default's statement (the account's root: IAM policies decide who
/// in the account uses the key; AWS KMS Developer Guide, 'Default key policy') and adds CloudWatch
/// Logs of the stack's region, for this account's log groups only (<see cref="LoggingFacts.KmsActionsForLogs"/>,
/// the encryption context condition of the CloudWatch Logs User Guide). Without the grant, creating a
/// log group with the key fails.
/// </summary>
internal static class LogServiceKeyPolicy
{
    public static PolicyDocument For(Scope scope, StackEnvironment environment)
    {
        var account = AwsAccount.Id(scope);
        var partition = environment.Region.Partition;
        var region = environment.Region.Code;
        var dnsSuffix = AwsPartitionFacts.For(partition).DnsSuffix.Value;
        return PolicyDocument.Aws(
            new PolicyStatement
            {
                Sid = "AccountAdministersAndUsesThroughIam",
                Actions = ["kms:*"],
                Principal = PolicyPrincipal.Account(Output.Format($"arn:{partition}:iam::{account}:root")),
                Resources = ["*"],
            },
            new PolicyStatement
            {
                Sid = "CloudWatchLogsEncryptsThisAccountsLogGroups",
                Actions = LoggingFacts.KmsActionsForLogs.Value,
                Principal = PolicyPrincipal.Service(LoggingFacts.CloudWatchLogsPrincipal(region, dnsSuffix)),
                Resources = ["*"],
                Conditions = [new PolicyCondition("ArnLike", LoggingFacts.LogsEncryptionContextKey, Output.Format($"arn:{partition}:logs:{region}:{account}:log-group:*"))],
            });
    }
}
