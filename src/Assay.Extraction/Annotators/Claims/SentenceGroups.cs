namespace Assay.Extraction.Annotators.Claims;

/// <summary>One document's spans of one kind grouped by sentence, each group in list order, handed out a sentence at a
/// time in one reused list.</summary>
/// <remarks>Claims visit every sentence; grouping once into a flat array (a stable counting sort) costs two arrays per
/// document where a dictionary of lists cost a list per sentence. The list <see cref="Of"/> returns is valid until its
/// next call.</remarks>
/// <typeparam name="T">The span type.</typeparam>
internal sealed class SentenceGroups<T>
{
    private readonly T[] _items;
    private readonly int[] _ends;
    private readonly List<T> _current = [];

    /// <summary>Groups <paramref name="items"/> by <paramref name="sentenceOf"/>; items outside the
    /// <paramref name="sentences"/> sentences belong to no group.</summary>
    public SentenceGroups(List<T> items, int sentences, Func<T, int> sentenceOf)
    {
        // ends[s + 1] counts sentence s; summed, ends[s] is where s begins; placing advances it to where s ends.
        _ends = new int[sentences + 1];
        foreach (var item in items)
        {
            var s = sentenceOf(item);
            if ((uint)s < (uint)sentences)
            {
                _ends[s + 1]++;
            }
        }

        for (var k = 1; k <= sentences; k++)
        {
            _ends[k] += _ends[k - 1];
        }

        _items = new T[_ends[sentences]];
        foreach (var item in items)
        {
            var s = sentenceOf(item);
            if ((uint)s < (uint)sentences)
            {
                _items[_ends[s]++] = item;
            }
        }
    }

    /// <summary>The items of sentence <paramref name="sentence"/>, in their original order.</summary>
    public List<T> Of(int sentence)
    {
        _current.Clear();
        if ((uint)sentence < (uint)(_ends.Length - 1))
        {
            var begin = sentence == 0 ? 0 : _ends[sentence - 1];
            for (var k = begin; k < _ends[sentence]; k++)
            {
                _current.Add(_items[k]);
            }
        }

        return _current;
    }
}
