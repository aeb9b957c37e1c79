using Infra.Components.Security;
using Infra.Core.Yaml;
using Infra.Providers.Aws.Iam;

namespace Infra.Components.Tests;

public class PolicyDocumentTests
{
    [Fact]
    public void A_trust_policy_is_written_as_to_json_of_the_document()
    {
        var stack = TestEnvironments.StackFor(TestEnvironments.AwsDev);
        _ = new Role(stack, "role", new RoleArgs
        {
            AssumeRolePolicy = PolicyDocument.Aws(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principal = PolicyPrincipal.Service("eks.amazonaws.com"),
            }).ToJson(),
        });

        Assert.Contains("""
                  assumeRolePolicy:
                    fn::toJSON:
                      Statement:
                        - Action: sts:AssumeRole
                          Effect: Allow
                          Principal:
                            Service: eks.amazonaws.com
                      Version: "2012-10-17"
            """, ProgramWriter.Write(stack), StringComparison.Ordinal);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void Conditions_group_by_operator_and_references_stay_references()
    {
        var stack = TestEnvironments.StackFor(TestEnvironments.AwsDev);
        var role = new Role(stack, "reader", new RoleArgs { AssumeRolePolicy = "{}" });
        var statement = new PolicyStatement
        {
            Effect = PolicyStatement.Deny,
            Actions = ["s3:*"],
            Resources = [role.Arn, "arn:aws:s3:::b/*"],
            Principal = PolicyPrincipal.Anyone,
            Conditions = [new PolicyCondition("Bool", "aws:SecureTransport", "false")],
        };

        var value = (Infra.Core.Values.MapValue)statement.ToValue();
        Assert.Equal("*", value["Principal"]!.ToString());
        Assert.Equal("false", ((Infra.Core.Values.MapValue)((Infra.Core.Values.MapValue)value["Condition"]!)["Bool"]!)["aws:SecureTransport"]!.ToString());
        Assert.IsType<Infra.Core.Values.ExprValue>(((Infra.Core.Values.ListValue)value["Resource"]!).Items[0]);
    }

    [Fact]
    public void Ram_documents_use_version_1()
    {
        Assert.Equal("1", PolicyDocument.Ram(new PolicyStatement { Actions = ["oss:GetObject"], Resources = ["acs:oss:*:*:b/*"] }).Version);
    }
}
