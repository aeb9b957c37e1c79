namespace Infra.Components.Monitoring;

/// <summary>
/// A receiver's secret config, as bare references to the keys the program declares: every use
/// wraps them in <c>fn::secret</c> (or a string built from them, which the host cannot wrap inside).
/// </summary>
/// <param name="Url">The <c>alertUrl&lt;Name&gt;</c> reference, when the type uses a URL.</param>
/// <param name="Secret">The <c>alertSecret&lt;Name&gt;</c> reference, when the type uses a secret.</param>
internal sealed record ReceiverSecrets(Output<string>? Url, Output<string>? Secret);
