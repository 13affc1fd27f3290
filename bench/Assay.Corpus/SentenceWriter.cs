namespace Assay.Corpus;

/// <summary>Writes the sentences of one article about one story on one day: claims with figures, attributions,
/// hedges, denials, revisions, quotes and background.</summary>
internal sealed class SentenceWriter
{
    private readonly Dice _dice;
    private readonly StoryTopic _story;
    private readonly DateOnly _published;
    private readonly double _progress;
    private readonly CountedSubject _lead;

    public SentenceWriter(Dice dice, StoryTopic story, DateOnly published)
    {
        _dice = dice;
        _story = story;
        _published = published;
        _progress = Math.Clamp((published.DayNumber - story.Start.DayNumber) / (double)story.Days, 0, 1);
        _lead = story.Subjects[dice.Next(story.Subjects.Count)];
    }

    public StoryTopic Story => _story;

    public CountedSubject Lead => _lead;

    public string Place => _dice.Pick(_story.Places);

    public string Source => _dice.Pick(_story.Sources);

    public string Actor => _dice.Pick(_story.Actors);

    public string Person => _dice.Pick(PhraseBank.FirstNames) + " " + _dice.Pick(PhraseBank.LastNames);

    public string Recent => DatePhrase.Recent(_dice, _published);

    /// <summary>The story's best estimate of <paramref name="subject"/> at <paramref name="progress"/> through its
    /// timeline: it grows, and jumps when it is revised part-way through.</summary>
    public double Estimate(CountedSubject subject, double progress)
    {
        var revisedAt = 0.3 + (Stable(_story.Id) % 40) / 100.0;
        var growth = 0.35 + (0.65 * Math.Pow(progress, 0.6));
        return subject.Estimate * growth * (progress < revisedAt ? 0.7 : 1.0);
    }

    /// <summary>The figure <paramref name="source"/> gives today: the estimate, shaded by the source's own bias.</summary>
    public double Figure(CountedSubject subject, string source)
    {
        var bias = 0.7 + ((Stable(source) % 70) / 100.0);
        if (_story.Deniers.Contains(source))
        {
            bias *= 0.2;
        }

        return Estimate(subject, _progress) * bias * (0.9 + (_dice.NextDouble() * 0.2));
    }

    public CountedSubject Subject() => _dice.Chance(0.6) ? _lead : _dice.Pick(_story.Subjects);

    public string Quantity(CountedSubject subject, string source) => NumberPhrase.Quantity(_dice, Figure(subject, source), subject);

    /// <summary>A claim about a figure with its attribution, in one of many shapes.</summary>
    public string Claim()
    {
        var subject = Subject();
        var source = Source;
        var qty = Quantity(subject, source);
        var verb = _dice.Pick(PhraseBank.SaidVerbs);
        var place = Place;
        var when = Recent;
        return _dice.Next(12) switch
        {
            0 => $"{Cap(source)} {verb} {when} that {qty} had been {subject.Participle} {place}.",
            1 => $"{Cap(qty)} had {Hedge()} been {subject.Participle} {place}, according to {source}.",
            2 => $"According to {source}, {qty} have been {subject.Participle} {place} {DatePhrase.Since(_dice, _story.Start)}.",
            3 => $"{Cap(when)}, {source} {verb} that {qty} had been {subject.Participle} {place}.",
            4 => $"{Cap(source)} put the number at {qty}, a figure that could not be independently verified.",
            5 => $"Citing {source}, officials said {qty} had been {subject.Participle} {place} {when}.",
            6 => $"{Cap(qty)} have been {subject.Participle} {place}, {source} {verb}.",
            7 => $"{_dice.Pick(PhraseBank.HedgeOpeners)} {qty} had been {subject.Participle} {place} {when}.",
            8 => $"{Cap(source)} said the true figure was {Hedge()} higher than the {NumberPhrase.Count(_dice, Figure(subject, source) * 0.6)} first reported.",
            9 => $"In a report released {when}, {source} said {qty} had been {subject.Participle} {place}.",
            10 => $"The latest estimate from {source} is that {qty} have been {subject.Participle} {place}.",
            _ => $"{Cap(source)} told {Person}'s team {when} that {qty} had been {subject.Participle} {place}.",
        };
    }

    /// <summary>A party rejecting the figures.</summary>
    public string Denial()
    {
        if (_story.Deniers.Count == 0)
        {
            return Caution();
        }

        var denier = _dice.Pick(_story.Deniers);
        var subject = Subject();
        var rejection = _dice.Pick(PhraseBank.Rejections);
        return _dice.Next(5) switch
        {
            0 => $"{Cap(denier)} denied the reports {Recent}, calling them {rejection}.",
            1 => $"{Cap(denier)} dismissed the figure of {Quantity(subject, Source)} as {rejection}.",
            2 => $"In a statement, {denier} said the claims were {rejection} and that no {subject.Noun} had been {subject.Participle} {Place}.",
            3 => $"{Cap(denier)} has rejected the estimate, putting the number at no more than {NumberPhrase.Count(_dice, Figure(subject, denier))}.",
            _ => $"{Cap(denier)} did not respond to a request for comment, but has previously described such reports as {rejection}.",
        };
    }

    /// <summary>A revision: the figure moved from an earlier one.</summary>
    public string Revision()
    {
        var subject = Subject();
        var source = Source;
        // A revision moves the figure up from an earlier, lower estimate of the same source.
        var current = Figure(subject, source);
        var earlier = current * (0.45 + (_dice.NextDouble() * 0.4));
        var before = subject.IsMoney ? NumberPhrase.Money(_dice, earlier) : NumberPhrase.Words(earlier);
        var now = subject.IsMoney ? NumberPhrase.Money(_dice, current) : NumberPhrase.Words(current);
        var when = DatePhrase.Earlier(_dice, _published, _story.Start);
        return _dice.Next(4) switch
        {
            0 => $"{Cap(source)} revised its estimate of {subject.Noun} to {now}, up from {before} {when}.",
            1 => $"The figure is higher than the {before} that {source} gave {when}.",
            2 => $"{Cap(when)}, the estimate stood at {before}; it has since been raised to {now}.",
            _ => $"{Cap(source)} had earlier put the number at {before}, before correcting it {Recent}.",
        };
    }

    public string Quote()
    {
        var text = _dice.Pick(PhraseBank.Quotes).Replace("{P}", Place, StringComparison.Ordinal);
        var source = Source;
        var speaker = Person;
        return IsInstitution(source)
            ? $"\"{text},\" said {speaker}, {_dice.Pick(PhraseBank.Roles)} {source}."
            : $"\"{text},\" {speaker} told reporters {Recent}.";
    }

    public string Witness()
    {
        var subject = Subject();
        var witness = _dice.Pick(PhraseBank.Witnesses);
        return _dice.Next(3) switch
        {
            0 => $"{Cap(witness)} said {Hedge()} {NumberPhrase.Count(_dice, Math.Clamp(Figure(subject, witness) / 20, 3, 2_000))} {subject.Noun} had been seen near {Place} {Recent}.",
            1 => $"{Cap(witness)}, who asked not to be named for fear of reprisals, described scenes of confusion in {Place}.",
            _ => $"\"We counted {NumberPhrase.Words(Math.Clamp(Figure(subject, witness) / 50, 2, 400))} of them ourselves,\" {witness} said.",
        };
    }

    public string Analyst()
    {
        var subject = Subject();
        var analyst = _dice.Pick(PhraseBank.Analysts);
        var value = Figure(subject, analyst);
        return _dice.Next(3) switch
        {
            0 => $"{Cap(analyst)} estimate that between {NumberPhrase.Digits(NumberPhrase.Round(value * 0.5))} and {NumberPhrase.Digits(NumberPhrase.Round(value * 1.5))} {(subject.IsMoney ? "dollars in " : string.Empty)}{subject.Noun} are involved, although they cautioned that the data was incomplete.",
            1 => $"{Cap(analyst)} said the official numbers were {Hedge()} an undercount.",
            _ => $"According to {analyst}, the real figure is {Hedge()} closer to {NumberPhrase.Count(_dice, value * 1.4)}.",
        };
    }

    public string Background()
    {
        var place = Place;
        var actor = Actor;
        return _dice.Next(8) switch
        {
            6 or 7 => $"Public interest in {_dice.Pick(_story.SearchTerms)} has grown sharply {DatePhrase.Since(_dice, _story.Start)}.",
            0 => $"{Cap(place)} has been at the centre of the crisis {DatePhrase.Since(_dice, _story.Start)}.",
            1 => $"{Cap(actor)} has said little in public about the situation in {place}.",
            2 => $"Talks involving {actor} and {OtherActor(actor)} have made little progress {DatePhrase.Since(_dice, _story.Start)}.",
            3 => $"The situation in {place} has drawn growing international attention in recent weeks.",
            4 => $"{Cap(actor)} announced a review of its policy {DatePhrase.Earlier(_dice, _published, _story.Start)}.",
            _ => $"Diplomats expect the issue to feature at a meeting of foreign ministers later this month.",
        };
    }

    private string OtherActor(string actor)
    {
        var other = Actor;
        return other == actor ? _story.Actors[(IndexOf(_story.Actors, actor) + 1) % _story.Actors.Count] : other;
    }

    private static int IndexOf(IReadOnlyList<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] == item)
            {
                return i;
            }
        }

        return 0;
    }

    public string Hedged()
    {
        var subject = Subject();
        return $"{Cap(Actor)} is {Hedge()} preparing to respond, while {Quantity(subject, Source)} {_dice.Pick(["may", "could", "might"])} yet be {subject.Participle} {Place}.";
    }

    public string Caution() => _dice.Pick(PhraseBank.Cautions);

    /// <summary>A headline-like line about the story, for titles and related links.</summary>
    public string Headline()
    {
        var subject = Subject();
        var source = Source;
        var figure = subject.IsMoney ? NumberPhrase.Money(_dice, Figure(subject, source)) : NumberPhrase.Count(_dice, Figure(subject, source));
        var item = subject.IsMoney ? figure + " in " + subject.Noun : figure + " " + subject.Noun;
        return _dice.Next(6) switch
        {
            0 => $"{Cap(Short(source))} says {item} {subject.Participle} {Place}",
            1 => $"{Cap(item)} {subject.Participle} {Place}, {Short(source)} says",
            2 => $"{Cap(Short(source))} revises estimate of {subject.Noun} as pressure grows",
            3 => _story.Deniers.Count > 0 ? $"{Cap(Short(_dice.Pick(_story.Deniers)))} rejects reports on {subject.Noun}" : $"New figures on {subject.Noun} emerge",
            4 => $"Questions grow over the number of {subject.Noun} {subject.Participle} {Place}",
            _ => $"{Cap(Place)}: {Short(source)} gives new figure for {subject.Noun}",
        };
    }

    public string Hedge() => _dice.Pick(PhraseBank.Hedges) switch
    {
        "believed to have" => "reportedly",
        var h => h,
    };

    public static string Cap(string s) => s.Length == 0 || char.IsUpper(s[0]) ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Short(string source) => source.StartsWith("the ", StringComparison.Ordinal) ? source[4..] : source;

    private static bool IsInstitution(string source) =>
        source.StartsWith("the ", StringComparison.Ordinal) || (source.Length > 0 && char.IsUpper(source[0]));

    /// <summary>A hash of a string that does not change between runs or machines (unlike string.GetHashCode).</summary>
    public static uint Stable(string s)
    {
        var hash = 2166136261u;
        foreach (var c in s)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
