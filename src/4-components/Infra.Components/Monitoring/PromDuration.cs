using System.Globalization;

namespace Infra.Components.Monitoring;

/// <summary>Prometheus durations (<c>5m</c>, <c>6h</c>, <c>30d</c>) from <see cref="TimeSpan"/>s, in the largest whole unit.</summary>
public static class PromDuration
{
    public static string Format(TimeSpan span)
    {
        if (span <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "a Prometheus duration is positive");
        }

        return span switch
        {
            _ when span.Ticks % TimeSpan.TicksPerDay == 0 => Whole(span.TotalDays, "d"),
            _ when span.Ticks % TimeSpan.TicksPerHour == 0 => Whole(span.TotalHours, "h"),
            _ when span.Ticks % TimeSpan.TicksPerMinute == 0 => Whole(span.TotalMinutes, "m"),
            _ when span.Ticks % TimeSpan.TicksPerSecond == 0 => Whole(span.TotalSeconds, "s"),
            _ => throw new ArgumentOutOfRangeException(nameof(span), span, "Prometheus durations here are whole seconds"),
        };
    }

    private static string Whole(double value, string unit) => ((long)value).ToString(CultureInfo.InvariantCulture) + unit;
}
