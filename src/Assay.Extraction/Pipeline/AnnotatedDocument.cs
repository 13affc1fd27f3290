using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;
using Assay.Extraction.Annotators.Attributions;
using Assay.Extraction.Annotators.Events;
using Assay.Extraction.Annotators.Hedges;

namespace Assay.Extraction.Pipeline;

/// <summary>The working state of one article as it passes through the pipeline.</summary>
/// <remarks>Each list belongs to one annotator; the others only read it. Lists are kept in text order.</remarks>
public sealed class AnnotatedDocument
{
    /// <summary>Starts a document for <paramref name="article"/>.</summary>
    public AnnotatedDocument(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Article = article;
        var length = article.Text.Length;
        Sentences = new List<TextSpan>(Capacity(length, 80));
        Mentions = new List<Mention>(Capacity(length, 120));
        Quantities = new List<Quantity>(Capacity(length, 130));
        Times = new List<TimeRef>(Capacity(length, 240));
        Attributions = new List<AttributionSpan>(Capacity(length, 130));
        Hedges = new List<HedgeSpan>(Capacity(length, 170));
        Events = new List<EventSpan>(Capacity(length, 300));
        Claims = new List<Claim>(Capacity(length, 100));
    }

    // Each list starts at about the most items dense reporting has per character (a sentence every 97 characters of
    // the generated corpus, a claim every 121, with a fifth to spare), so that it rarely grows by copying; sparser
    // text leaves some of it unused.
    private static int Capacity(int length, int charactersPerItem) => Math.Clamp(length / charactersPerItem, 4, 4096);

    /// <summary>The article being annotated.</summary>
    public Article Article { get; }

    /// <summary>The known body the article's own voice is (<see cref="Annotators.Actors.VoiceActor"/>), found once.</summary>
    internal Annotators.Actors.Actor? VoiceActor
    {
        get
        {
            if (!_voiceActorFound)
            {
                _voiceActor = Annotators.Actors.VoiceActor.Of(Article.Voice);
                _voiceActorFound = true;
            }

            return _voiceActor;
        }
    }

    private Annotators.Actors.Actor? _voiceActor;
    private bool _voiceActorFound;

    /// <summary>The article body; every span points into it.</summary>
    public string Text => Article.Text;

    /// <summary>Sentences, from the sentence annotator.</summary>
    public List<TextSpan> Sentences { get; }

    /// <summary>Actor mentions, from the actor annotator.</summary>
    public List<Mention> Mentions { get; }

    /// <summary>Quantities, from the quantity annotator.</summary>
    public List<Quantity> Quantities { get; }

    /// <summary>Time references, from the time annotator.</summary>
    public List<TimeRef> Times { get; }

    /// <summary>Attribution cues with their sources, from the attribution annotator.</summary>
    public List<AttributionSpan> Attributions { get; }

    /// <summary>Hedges, stance and negation cues, from the hedge annotator.</summary>
    public List<HedgeSpan> Hedges { get; }

    /// <summary>Event triggers with their roles, from the event annotator.</summary>
    public List<EventSpan> Events { get; }

    /// <summary>Claims, assembled last.</summary>
    public List<Claim> Claims { get; }

    /// <summary>Tokens of every sentence, in text order; computed on first use.</summary>
    public IReadOnlyList<Token> Tokens
    {
        get
        {
            EnsureTokens();
            return _tokens!;
        }
    }

    /// <summary>The index range of <see cref="Tokens"/> that falls in sentence <paramref name="sentence"/>.</summary>
    public Range SentenceTokens(int sentence)
    {
        EnsureTokens();
        return new Range(_sentenceTokenStarts![sentence], _sentenceTokenStarts[sentence + 1]);
    }

    /// <summary>The <see cref="WordClasses.Sentence"/> flags of each of <see cref="Tokens"/>, in the same order;
    /// classified once on first use for every annotator that scans the tokens.</summary>
    internal ReadOnlySpan<WordClass> TokenClasses
    {
        get
        {
            EnsureTokens();
            if (_tokenClassesFor != _sentenceTokenStarts)
            {
                _tokenClasses = ClassBuffer(_tokenClasses, ref t_spareClasses, _tokens!.Count);
                WordClasses.Sentence.Classify(Text, _tokens, _tokenClasses, wordsOnly: false);
                _tokenClassesFor = _sentenceTokenStarts;
            }

            return _tokenClasses.AsSpan(0, _tokens!.Count);
        }
    }

    private List<Token>? _tokens;
    private int[]? _sentenceTokenStarts;
    private WordClass[] _tokenClasses = [];
    private int[]? _tokenClassesFor;

    // Annotators read the tokens through the document at nearly every step, so the test that they are current is
    // inlined and the tokenising kept apart.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureTokens()
    {
        if (_tokens is null || _sentenceTokenStarts!.Length != Sentences.Count + 1)
        {
            Tokenize();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Tokenize()
    {
        _tokens = TakeSpare(ref t_spareTokens) ?? new List<Token>(Text.Length / 5);
        _sentenceTokenStarts = new int[Sentences.Count + 1];
        for (var s = 0; s < Sentences.Count; s++)
        {
            _sentenceTokenStarts[s] = _tokens.Count;
            Tokenizer.Tokenize(Text, Sentences[s].Start, Sentences[s].End, _tokens);
        }

        _sentenceTokenStarts[Sentences.Count] = _tokens.Count;
    }

    /// <summary>The stretches the figure readers (quantities, times) take one at a time: sentences when there are any,
    /// else paragraphs, else the whole text.</summary>
    internal IReadOnlyList<TextSpan> FigureRegions
    {
        get
        {
            if (Sentences.Count > 0)
            {
                return Sentences;
            }

            if (Article.Paragraphs.Count > 0)
            {
                return Article.Paragraphs;
            }

            return _wholeText ??= [new TextSpan(0, Text.Length)];
        }
    }

    /// <summary>True when the article's language writes a decimal comma (<see cref="Tokenizer.WritesDecimalComma"/>), so
    /// figure tokens read "10.000" as ten thousand; false for English and for an unknown language.</summary>
    internal bool DecimalComma => _decimalComma ??= Tokenizer.WritesDecimalComma(Article.Language);

    private bool? _decimalComma;

    /// <summary>The figure tokens (<see cref="Tokenizer.TokenizeFigures"/>) of region <paramref name="region"/> of
    /// <see cref="FigureRegions"/>; tokenised once for all regions on first use and shared by the figure readers.</summary>
    internal ReadOnlySpan<Token> FigureTokens(int region)
    {
        var regions = FigureRegions;
        if (_figureTokens is null || !ReferenceEquals(_figureSource, regions) || _figureStarts!.Length != regions.Count + 1)
        {
            _figureSource = regions;
            _figureTokens ??= TakeSpare(ref t_spareFigureTokens) ?? new List<Token>(Text.Length / 4);
            _figureTokens.Clear();
            _figureStarts = new int[regions.Count + 1];
            for (var r = 0; r < regions.Count; r++)
            {
                _figureStarts[r] = _figureTokens.Count;
                Tokenizer.TokenizeFigures(Text, regions[r].Start, regions[r].End, _figureTokens, DecimalComma);
            }

            _figureStarts[regions.Count] = _figureTokens.Count;
            _figureClasses = ClassBuffer(_figureClasses, ref t_spareFigureClasses, _figureTokens.Count);
            WordClasses.Figure.Classify(Text, _figureTokens, _figureClasses, wordsOnly: true);
        }

        return CollectionsMarshal.AsSpan(_figureTokens)[_figureStarts[region].._figureStarts![region + 1]];
    }

    /// <summary>The <see cref="WordClasses.Figure"/> flags of the word tokens of <see cref="FigureTokens"/> for region
    /// <paramref name="region"/>, in the same order (other tokens have none).</summary>
    internal ReadOnlySpan<WordClass> FigureTokenClasses(int region)
    {
        FigureTokens(region);
        return _figureClasses.AsSpan(_figureStarts![region].._figureStarts[region + 1]);
    }

    private WordClass[] _figureClasses = [];

    /// <summary>Hands the token buffers to the next document on this thread; called once the document is done with.</summary>
    /// <remarks>Only <see cref="ExtractionPipeline.Extract"/> calls this, because there the document never escapes;
    /// tokens asked for afterwards are simply computed again.</remarks>
    internal void ReleaseTokens()
    {
        if (_tokens is not null)
        {
            t_spareTokens = _tokens;
            _tokens = null;
            _sentenceTokenStarts = null;
            t_spareClasses = _tokenClasses;
            _tokenClasses = [];
            _tokenClassesFor = null;
        }

        if (_figureTokens is not null)
        {
            t_spareFigureTokens = _figureTokens;
            _figureTokens = null;
            _figureStarts = null;
            _figureSource = null;
            t_spareFigureClasses = _figureClasses;
            _figureClasses = [];
        }
    }

    // A buffer for at least count classes: the document's own when large enough, else this thread's spare, else a new
    // one. Buffers may be longer than the tokens; readers take spans of the tokens' length.
    private static WordClass[] ClassBuffer(WordClass[] own, ref WordClass[]? spare, int count)
    {
        if (own.Length >= count)
        {
            return own;
        }

        var buffer = spare;
        spare = null;
        return buffer is not null && buffer.Length >= count ? buffer : new WordClass[Math.Max(count, 1024)];
    }

    private static List<Token>? TakeSpare(ref List<Token>? spare)
    {
        var list = spare;
        spare = null;
        list?.Clear();
        return list;
    }

    // Token lists and their classes are the largest per-document buffers; one spare of each per thread saves
    // allocating them per article.
    [ThreadStatic]
    private static List<Token>? t_spareTokens;
    [ThreadStatic]
    private static List<Token>? t_spareFigureTokens;
    [ThreadStatic]
    private static WordClass[]? t_spareClasses;
    [ThreadStatic]
    private static WordClass[]? t_spareFigureClasses;

    private List<TextSpan>? _wholeText;
    private IReadOnlyList<TextSpan>? _figureSource;
    private List<Token>? _figureTokens;
    private int[]? _figureStarts;

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/>; the count when none does.</summary>
    internal int FirstMentionFrom(int offset) => FirstFrom(CollectionsMarshal.AsSpan(Mentions), offset, static m => m.Span.Start);

    /// <summary>Index of the first quantity starting at or after <paramref name="offset"/>; the count when none does.</summary>
    internal int FirstQuantityFrom(int offset) => FirstFrom(CollectionsMarshal.AsSpan(Quantities), offset, static q => q.Span.Start);

    /// <summary>Index of the first time starting at or after <paramref name="offset"/>; the count when none does.</summary>
    internal int FirstTimeFrom(int offset) => FirstFrom(CollectionsMarshal.AsSpan(Times), offset, static t => t.Span.Start);

    /// <summary>The mention covering <paramref name="span"/>, or null.</summary>
    /// <remarks>Mentions are in text order and never overlap, so only the last one starting at or before the span can
    /// cover it: one search by halves instead of a walk over every mention.</remarks>
    internal Mention? MentionCovering(TextSpan span)
    {
        var last = FirstMentionFrom(span.Start + 1) - 1;
        return last >= 0 && Mentions[last].Span.Contains(span) ? Mentions[last] : null;
    }

    /// <summary>The first mention, in text order, overlapping <paramref name="span"/>, or null.</summary>
    /// <remarks>Mentions are in text order and never overlap: only the last one starting before the span and those
    /// starting inside it can overlap it.</remarks>
    internal Mention? FirstMentionOverlapping(TextSpan span)
    {
        for (var i = Math.Max(0, FirstMentionFrom(span.Start) - 1); i < Mentions.Count && Mentions[i].Span.Start < span.End; i++)
        {
            if (Mentions[i].Span.Overlaps(span))
            {
                return Mentions[i];
            }
        }

        return null;
    }

    /// <summary>True when some mention of a person is of the actor <paramref name="actorId"/>, anywhere in the article.</summary>
    internal bool NamesPerson(string actorId)
    {
        if (_personActorsOf != Mentions.Count)
        {
            _personActors.Clear();
            foreach (var m in CollectionsMarshal.AsSpan(Mentions))
            {
                if (m.Kind == Core.Sources.ActorKind.Person)
                {
                    _personActors.Add(m.ActorId);
                }
            }

            _personActorsOf = Mentions.Count;
        }

        return _personActors.Contains(actorId);
    }

    private readonly HashSet<string> _personActors = new(StringComparer.Ordinal);
    private int _personActorsOf = -1;

    /// <summary>Index of the paragraph of <see cref="Article"/> containing <paramref name="offset"/>, or -1.</summary>
    internal int ParagraphIndexAt(int offset)
    {
        var paragraphs = Article.Paragraphs switch
        {
            TextSpan[] array => array,
            List<TextSpan> list => CollectionsMarshal.AsSpan(list),
            var other => [.. other],
        };
        return IndexContaining(paragraphs, offset);
    }

    /// <summary>The most characters any quantity spans; with the quantities' text order, it bounds where a search for
    /// quantities ending near an offset starts.</summary>
    internal int LongestQuantity
    {
        get
        {
            if (_longestQuantityOf != Quantities.Count)
            {
                _longestQuantity = 0;
                foreach (var q in CollectionsMarshal.AsSpan(Quantities))
                {
                    _longestQuantity = Math.Max(_longestQuantity, q.Span.Length);
                }

                _longestQuantityOf = Quantities.Count;
            }

            return _longestQuantity;
        }
    }

    private int _longestQuantity;
    private int _longestQuantityOf = -1;

    // Mentions, quantities and times are each kept in text order by their annotator, so the first one at or after an
    // offset is found by halves.
    private static int FirstFrom<T>(ReadOnlySpan<T> items, int offset, Func<T, int> start)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (start(items[mid]) < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index of the sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset) => IndexContaining(CollectionsMarshal.AsSpan(Sentences), offset);

    // Spans in text order that do not overlap (sentences, paragraphs): the one containing the offset, by halves.
    private static int IndexContaining(ReadOnlySpan<TextSpan> spans, int offset)
    {
        int lo = 0, hi = spans.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = spans[mid];
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The text a span covers.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The extraction over the document's own lists, not copies; only for a document that is dropped at once
    /// (<see cref="ExtractionPipeline.Extract"/>), which can no longer change them.</summary>
    internal ArticleExtraction Hand() => new(Article, Sentences, Mentions, Quantities, Times, Claims);

    /// <summary>Freezes the document into an extraction result.</summary>
    public ArticleExtraction ToExtraction() =>
        new(Article, Sentences.ToArray(), Mentions.ToArray(), Quantities.ToArray(), Times.ToArray(), Claims.ToArray());
}
