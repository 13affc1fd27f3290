using System.Globalization;

namespace Assay.Corpus;

/// <summary>Writes a figure the many ways reports do: digits, words, ranges, bounds, millions and dollar amounts.</summary>
internal static class NumberPhrase
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Approximately = ["about", "around", "roughly", "some", "nearly", "almost", "an estimated", "approximately"];

    private static readonly string[] Lower = ["more than", "over", "at least", "no fewer than"];

    private static readonly string[] Upper = ["up to", "as many as", "fewer than", "no more than"];

    /// <summary>Rounds to two significant figures, as reported estimates usually are.</summary>
    public static double Round(double value)
    {
        if (value < 20)
        {
            return Math.Max(1, Math.Round(value));
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return Math.Round(value / magnitude) * magnitude;
    }

    /// <summary>The figure followed by the counted subject ("about 11,000 North Korean troops", "$1.2bn in aid").</summary>
    public static string Quantity(Dice dice, double value, CountedSubject subject)
    {
        var figure = subject.IsMoney ? Money(dice, value) : Count(dice, value);
        return subject.IsMoney ? figure + " in " + subject.Noun : figure + " " + subject.Noun;
    }

    /// <summary>A count in one of many written forms.</summary>
    public static string Count(Dice dice, double value)
    {
        var v = Round(value);
        var form = dice.Next(20);
        if (v <= 20 && form < 8)
        {
            return Small[(int)v];
        }

        if (v < 100 && v % 10 == 0 && form < 6)
        {
            return Tens[(int)v / 10];
        }

        if (v >= 1_000_000 && form < 10)
        {
            var millions = Millions(v);
            return form switch
            {
                < 4 => millions + " million",
                < 6 => dice.Pick(Approximately) + " " + millions + " million",
                < 8 => dice.Pick(Lower) + " " + millions + " million",
                _ => "between " + Millions(Round(v * 0.7)) + " million and " + millions + " million",
            };
        }

        return form switch
        {
            < 5 => Digits(v),
            < 7 => v < 100_000 ? v.ToString("0", CultureInfo.InvariantCulture) : Digits(v),
            < 10 => dice.Pick(Approximately) + " " + Digits(v),
            < 12 => dice.Pick(Lower) + " " + Digits(v),
            < 14 => dice.Pick(Upper) + " " + Digits(v),
            < 16 => "between " + Digits(Round(v * 0.6)) + " and " + Digits(Round(v * 1.3)),
            < 17 => Digits(Round(v * 0.8)) + "-" + Digits(Round(v * 1.2)),
            < 18 => "from " + Digits(Round(v * 0.5)) + " to " + Digits(v),
            < 19 when v >= 2_000 && v < 100_000 => "thousands of",
            < 19 when v >= 200 && v < 1_000 => "several hundred",
            _ => Digits(v),
        };
    }

    /// <summary>A dollar amount: "$1.2bn", "$450 million", "US$3 billion", "between $1bn and $1.5bn".</summary>
    public static string Money(Dice dice, double value)
    {
        var v = Round(value);
        var form = dice.Next(12);
        var text = Dollars(dice, v);
        return form switch
        {
            < 6 => text,
            < 8 => dice.Pick(Approximately) + " " + text,
            < 10 => dice.Pick(Lower) + " " + text,
            < 11 => "up to " + text,
            _ => "between " + Dollars(dice, Round(v * 0.7)) + " and " + text,
        };
    }

    private static string Dollars(Dice dice, double v)
    {
        if (v >= 1_000_000_000)
        {
            var billions = Scaled(v / 1_000_000_000);
            return dice.Next(4) switch
            {
                0 => "$" + billions + "bn",
                1 => "$" + billions + " billion",
                2 => "US$" + billions + " billion",
                _ => "$" + billions + "bn",
            };
        }

        if (v >= 1_000_000)
        {
            var millions = Scaled(v / 1_000_000);
            return dice.Next(3) switch
            {
                0 => "$" + millions + "m",
                _ => "$" + millions + " million",
            };
        }

        return "$" + Digits(v);
    }

    /// <summary>A count in words where it is small enough, else digits ("twelve", "1,200").</summary>
    public static string Words(double value)
    {
        var v = Round(value);
        return v <= 20 ? Small[(int)v] : Digits(v);
    }

    public static string Digits(double v) => v.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Millions(double v) => Scaled(v / 1_000_000);

    private static string Scaled(double v) => Math.Round(v, v < 10 ? 1 : 0).ToString("0.#", CultureInfo.InvariantCulture);
}
