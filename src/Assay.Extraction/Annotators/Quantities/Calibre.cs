using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Reads calibres ("152 mm", "122-mm", "155mm", "7.62 millimetre"): a calibre measures a gun or its rounds, it
/// counts nothing, and a run of them between a figure and its noun ("8 million 122 mm and 152 mm shells") is crossed to
/// reach the noun.</summary>
internal static class Calibre
{
    // How many calibres a run may join: "105 mm, 122 mm, 152 mm and 155 mm shells" is four; the cap keeps a chain of
    // them from being read again for every figure before it.
    private const int MaxRun = 4;

    private static readonly WordSet Units = new(["mm", "millimetre", "millimeter", "millimetres", "millimeters", "cm", "calibre", "caliber"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet Millimetres = new(["mm", "millimetre", "millimeter"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet Joiners = new(["and", "or", "to"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The number of tokens of a calibre unit at token <paramref name="i"/> ("mm", "- mm"), or 0.</summary>
    public static int UnitLength(in TokenView v, int i) =>
        v.IsAnyWord(i, Units) ? 1
        : v.IsPunct(i, '-') && v.IsAnyWord(i + 1, Millimetres) ? 2
        : 0;

    /// <summary>The token past a run of calibres starting at token <paramref name="j"/> ("122 mm and 152 mm",
    /// "122- and 152-mm", "122/152mm"), or <paramref name="j"/> when none starts there.</summary>
    public static int RunEnd(in TokenView v, int j)
    {
        var end = j;
        var k = j;
        for (var read = 0; read < MaxRun && k < v.Count && v[k].Kind == TokenKind.Number; read++)
        {
            var unit = UnitLength(v, k + 1);
            int next;
            if (unit > 0)
            {
                next = k + 1 + unit;
                end = next;
            }
            else if (v.IsPunct(k + 1, '-') && v.Glued(k + 1))
            {
                // "122- and 152-mm": the unit is written once, after the last calibre of the run.
                next = k + 2;
            }
            else if (v.IsAnyWord(k + 1, Joiners) || v.IsPunct(k + 1, '/'))
            {
                // "122 and 152 mm", "122/152mm": likewise, without the hyphen; a comma alone ("in 2023, 152 mm shells")
                // joins no calibres.
                next = k + 1;
            }
            else
            {
                break;
            }

            if (!IsJoiner(v, next))
            {
                break;
            }

            k = next + 1;
        }

        return end;
    }

    private static bool IsJoiner(in TokenView v, int i) => v.IsAnyWord(i, Joiners) || v.IsPunct(i, ',') || v.IsPunct(i, '/');
}
