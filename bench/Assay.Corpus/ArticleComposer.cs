using System.Globalization;
using System.Text;

namespace Assay.Corpus;

/// <summary>Lays out one article in the house style of its outlet and genre: a lead, body paragraphs mixing claims,
/// quotes, denials and background, subheadings, and the genre's own opening and closing.</summary>
internal sealed class ArticleComposer
{
    /// <summary>No article goes over this many words.</summary>
    public const int MaxWords = 1500;

    /// <summary>No article is shorter than this many words.</summary>
    public const int MinWords = 300;

    private readonly Dice _dice;
    private readonly SentenceWriter _s;
    private readonly CorpusOutlet _outlet;
    private readonly CorpusGenre _genre;
    private readonly DateOnly _published;
    private readonly List<string> _paragraphs = new(24);
    private readonly StringBuilder _paragraph = new(600);
    private int _words;

    public ArticleComposer(Dice dice, StoryTopic story, CorpusOutlet outlet, CorpusGenre genre, DateOnly published)
    {
        _dice = dice;
        _s = new SentenceWriter(dice, story, published);
        _outlet = outlet;
        _genre = genre;
        _published = published;
    }

    public Composition Compose()
    {
        var target = TargetWords();
        var title = _genre switch
        {
            CorpusGenre.LiveBlog => $"Live: {_s.Story.Name}, latest updates",
            CorpusGenre.FactCheck => $"Fact check: {_s.Headline()}?",
            CorpusGenre.Opinion => OpinionTitle(),
            CorpusGenre.Analysis => AnalysisTitle(),
            _ => _s.Headline(),
        };

        switch (_genre)
        {
            case CorpusGenre.LiveBlog:
                LiveBlog(target);
                break;
            case CorpusGenre.FactCheck:
                FactCheck(target);
                break;
            case CorpusGenre.Opinion:
                Opinion(target);
                break;
            case CorpusGenre.Analysis:
                Analysis(target);
                break;
            default:
                News(target);
                break;
        }

        var captions = new List<string>();
        if (_outlet.Type is not (OutletType.ThinkTank or OutletType.Wire) && _dice.Chance(0.6))
        {
            captions.Add($"Photo: {_dice.Pick(PhraseBank.Scenes)} {_s.Place}. ({_dice.Pick(CorpusData.OutletsOf(OutletType.Wire)).Name})");
        }

        var related = new List<string>();
        if (_outlet.Type is not (OutletType.Wire or OutletType.ThinkTank) && _dice.Chance(0.5))
        {
            for (var i = _dice.Next(1, 3); i > 0; i--)
            {
                related.Add($"{_dice.Pick(PhraseBank.RelatedLabels)}: {_s.Headline()}");
            }
        }

        var disclaimer = _genre == CorpusGenre.Opinion && _outlet.Type != OutletType.Blog
            ? $"The views expressed in this piece are the author's own and do not necessarily reflect those of {_outlet.Name}."
            : null;
        return new Composition(title, Byline(), _paragraphs.ToArray(), captions, related, disclaimer);
    }

    private int TargetWords() => (_genre, _outlet.Type) switch
    {
        (CorpusGenre.LiveBlog, _) => _dice.Next(800, 1350),
        (CorpusGenre.Analysis, _) => _dice.Next(850, 1400),
        (CorpusGenre.Opinion, _) => _dice.Next(550, 1000),
        (CorpusGenre.FactCheck, _) => _dice.Next(500, 900),
        (_, OutletType.Wire or OutletType.Tabloid) => _dice.Next(MinWords, 560),
        (_, OutletType.Broadsheet) => _dice.Next(550, 1150),
        _ => _dice.Next(380, 850),
    };

    private void News(int target)
    {
        var wire = _outlet.Type == OutletType.Wire;
        var dateline = wire || _dice.Chance(0.3)
            ? $"{City()}, {DatePhrase.Short(_published)} ({_outlet.Name}) - "
            : string.Empty;
        Paragraph(dateline + _s.Claim(), wire ? _s.Claim() : _s.Caution());
        Paragraph(_s.Claim(), _dice.Chance(0.5) ? _s.Revision() : _s.Quote());
        var sinceHeading = 0;
        while (_words < target)
        {
            if (_outlet.Type == OutletType.Broadsheet && ++sinceHeading > 4 && _dice.Chance(0.4))
            {
                Heading(_dice.Pick(PhraseBank.Subheadings));
                sinceHeading = 0;
            }

            if (!Paragraph(BodySentence(), _dice.Chance(0.6) ? BodySentence() : null, _dice.Chance(0.3) ? BodySentence() : null))
            {
                break;
            }
        }

        if (wire)
        {
            Paragraph($"(Reporting by {_s.Person} and {_s.Person}; Editing by {_s.Person})");
        }
    }

    private void LiveBlog(int target)
    {
        var minutes = (_dice.Next(17, 23) * 60) + _dice.Next(60);
        Paragraph($"Welcome to our live coverage of {_s.Story.Name.ToLowerInvariant()}. {_s.Caution()}");
        while (_words < target && minutes > 360)
        {
            var stamp = string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00} GMT - ");
            if (!Paragraph(stamp + BodySentence(), _dice.Chance(0.4) ? BodySentence() : null))
            {
                break;
            }

            minutes -= _dice.Next(4, 35);
        }

        Paragraph("We are pausing our live coverage for now. Thank you for following along.");
    }

    private void FactCheck(int target)
    {
        var subject = _s.Lead;
        var claimed = NumberPhrase.Quantity(_dice, _s.Estimate(subject, 1.0) * (2.5 + _dice.NextDouble() * 3), subject);
        Paragraph(
            $"A post shared thousands of times on social media {_s.Recent} claimed that {claimed} had been {subject.Participle} {_s.Place}.",
            $"The claim did not stand up: the figure is several times higher than any estimate from {_s.Source} or {_s.Source}.");
        Heading("What was claimed");
        Paragraph($"The post attributed the number to {_s.Source}, but we found no such statement in its published material.", _s.Claim());
        Heading("What the evidence shows");
        while (_words < target)
        {
            if (!Paragraph(_dice.Chance(0.5) ? _s.Claim() : BodySentence(), _dice.Chance(0.5) ? _s.Revision() : _s.Caution()))
            {
                break;
            }
        }

        Paragraph($"Verdict: {_dice.Pick(PhraseBank.Verdicts)}. The number in the post is not supported by any credible source, and the account that first shared it has since deleted it.");
    }

    private void Opinion(int target)
    {
        Paragraph(_dice.Pick(PhraseBank.OpinionOpeners), _s.Claim(), $"I am not convinced that anyone, including {_s.Source}, really knows.");
        while (_words < target)
        {
            var argument = _dice.Next(4) switch
            {
                0 => $"Consider what happened in {_s.Place}. {_s.Claim()}",
                1 => $"{_s.Denial()} That should give us pause, but not for the reasons its authors intend.",
                2 => $"{_s.Hedged()} If that happens, the arithmetic will change again.",
                _ => $"{_s.Revision()} Each revision is treated as news, when it is really a correction.",
            };
            if (!Paragraph(argument, _dice.Chance(0.5) ? _s.Quote() : null))
            {
                break;
            }
        }

        Paragraph(_dice.Pick(PhraseBank.OpinionClosers));
    }

    private void Analysis(int target)
    {
        Paragraph(
            $"This paper weighs the public estimates of {_s.Lead.Noun} from {_s.Source}, {_s.Source} and {_s.Source}.",
            $"{_dice.Pick(PhraseBank.AnalysisJudgements)} the figures will be revised again.");
        Heading("Key judgements");
        Paragraph($"{_dice.Pick(PhraseBank.AnalysisJudgements)} the official estimates understate the scale.", _s.Claim(), _s.Analyst());
        var sinceHeading = 0;
        while (_words < target)
        {
            if (++sinceHeading > 3 && _dice.Chance(0.5))
            {
                Heading(_dice.Pick(PhraseBank.Subheadings));
                sinceHeading = 0;
            }

            if (!Paragraph(_s.Analyst(), BodySentence(), _dice.Chance(0.5) ? _s.Revision() : _s.Caution()))
            {
                break;
            }
        }

        Paragraph($"{_dice.Pick(PhraseBank.AnalysisJudgements)} the estimates will converge only when independent access to {_s.Place} is possible.");
    }

    private string BodySentence() => _dice.Next(20) switch
    {
        < 6 => _s.Claim(),
        < 8 => _s.Quote(),
        < 10 => _s.Denial(),
        < 12 => _s.Revision(),
        < 13 => _s.Witness(),
        < 15 => _s.Analyst(),
        < 17 => _s.Background(),
        < 18 => _s.Caution(),
        _ => _s.Hedged(),
    };

    private string OpinionTitle() => _dice.Next(4) switch
    {
        0 => $"The world is looking away from {_s.Place}",
        1 => $"Stop trusting every new figure on {_s.Lead.Noun}",
        2 => $"{SentenceWriter.Cap(_s.Place)} needs more than promises",
        _ => $"What the numbers on {_s.Lead.Noun} cannot tell us",
    };

    private string AnalysisTitle() => _dice.Next(3) switch
    {
        0 => $"How many {_s.Lead.Noun}? Weighing the estimates",
        1 => $"{_s.Story.Name}: what the figures do and do not show",
        _ => $"Counting {_s.Lead.Noun} in {_s.Place}, an assessment",
    };

    private string Byline() => _outlet.Type switch
    {
        OutletType.StateMedia => "Staff Correspondent",
        OutletType.ThinkTank => _dice.Chance(0.5) ? $"{_s.Person} and {_s.Person}" : _s.Person,
        OutletType.Aggregator => $"{_outlet.Name} staff",
        _ => _dice.Chance(0.2) ? $"{_s.Person} and {_s.Person}" : _s.Person,
    };

    private string City()
    {
        var place = _s.Place;
        return place.StartsWith("the ", StringComparison.Ordinal) || place.Contains(' ', StringComparison.Ordinal)
            ? _dice.Pick(PhraseBank.Cities)
            : place.ToUpperInvariant();
    }

    private void Heading(string text)
    {
        _paragraphs.Add(text);
        _words += WordCount(text);
    }

    /// <summary>Adds a paragraph of the given sentences; false (and nothing added) when it would pass the word cap.</summary>
    private bool Paragraph(string first, string? second = null, string? third = null)
    {
        _paragraph.Clear().Append(first);
        if (second is not null)
        {
            _paragraph.Append(' ').Append(second);
        }

        if (third is not null)
        {
            _paragraph.Append(' ').Append(third);
        }

        var text = _paragraph.ToString();
        var words = WordCount(text);
        if (_words + words > MaxWords - 60)
        {
            return false;
        }

        _paragraphs.Add(text);
        _words += words;
        return true;
    }

    /// <summary>Whitespace-separated words, counted as <see cref="Core.Articles.Article.WordCount"/> does.</summary>
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var ws = c == ' ';
            if (!ws && !inWord)
            {
                count++;
            }

            inWord = !ws;
        }

        return count;
    }
}
