using System.Text;
using Assay.Core.Sources;
using Assay.Extraction.Lexicons;

namespace Assay.Extraction.Annotators.Actors;

/// <summary>Builds an <see cref="ActorLexicon"/> from the embedded lexicon files.</summary>
/// <remarks>
/// actors.tsv holds the states, actor-organisations.tsv the organisations, actor-persons.tsv the persons,
/// actor-blocks.tsv phrases that look like actor names but are not, actor-cues.tsv the words around unknown names.
/// Besides the written forms, each organisation is also recognised after its state's possessive ("Ukraine's
/// military intelligence", "Seoul's spy agency") and, for its adjectival forms, after a demonym or short alias
/// ("Russian Defence Ministry", "US forces"). A lexicon error (two actors claiming one form, an unknown state
/// id) is a bug in the data and throws.
/// </remarks>
internal static class ActorLexiconLoader
{
    public static ActorLexicon LoadEmbedded()
    {
        var builder = new Builder();
        var states = new Dictionary<string, StateForms>(StringComparer.Ordinal);
        foreach (var (line, f) in LexiconFile.Read("actors.tsv"))
        {
            Expect(f, 7, "actors.tsv", line);
            var actor = new Actor(f[0], f[1], ActorKind.State, f[0], SourceType.Government);
            builder.AddActor(actor, "actors.tsv", line);
            var given = f[6].Contains("given", StringComparison.Ordinal);
            builder.Add(actor, f[1], "name:" + f[1], LeadingThe.None, given, adjectival: false);
            var forms = new StateForms();
            forms.Possessive.Add(f[1]);
            foreach (var alias in Values(f[2]))
            {
                builder.Add(actor, alias, "alias:" + alias, LeadingThe.None, given: false, adjectival: false);
                forms.Possessive.Add(alias);
                if (IsShortAcronym(alias))
                {
                    forms.Adjectival.Add(alias);
                }
            }

            foreach (var demonym in Values(f[3]))
            {
                builder.Add(actor, demonym, "demonym:" + demonym, LeadingThe.None, given: false, adjectival: false);
                if (Pluralises(demonym))
                {
                    builder.Add(actor, demonym + "s", "demonym:" + demonym, LeadingThe.None, given: false, adjectival: false);
                }

                forms.Adjectival.Add(demonym);
            }

            foreach (var capital in Values(f[4]))
            {
                builder.Add(actor, capital, "capital:" + capital, LeadingThe.None, given: false, adjectival: false);
                forms.Possessive.Add(capital);
            }

            foreach (var metonym in Values(f[5]))
            {
                builder.Add(actor, metonym, "metonym:" + metonym, LeadingThe.None, given: false, adjectival: false);
                forms.Possessive.Add(metonym);
            }

            states.Add(actor.Id, forms);
        }

        foreach (var (line, f) in LexiconFile.Read("actor-organisations.tsv"))
        {
            Expect(f, 8, "actor-organisations.tsv", line);
            var kind = f[1] switch
            {
                "organisation" => ActorKind.Organisation,
                "media" => ActorKind.Media,
                "alliance" => ActorKind.Alliance,
                _ => throw new InvalidOperationException($"actor-organisations.tsv:{line}: unknown kind '{f[1]}'."),
            };
            var country = f[2] == "-" ? null : f[2];
            if (country is not null && !states.ContainsKey(country))
            {
                throw new InvalidOperationException($"actor-organisations.tsv:{line}: unknown state id '{country}'.");
            }

            var actor = new Actor(f[0], f[4], kind, country, ParseSource(f[3], "actor-organisations.tsv", line));
            builder.AddActor(actor, "actor-organisations.tsv", line);
            if (!f[4].Contains('(', StringComparison.Ordinal))
            {
                builder.Add(actor, f[4], "name:" + f[4], LeadingThe.Optional, given: false, adjectival: false);
            }

            var aliases = Values(f[5]).ToList();
            foreach (var alias in aliases)
            {
                builder.Add(actor, alias, "alias:" + alias, LeadingThe.Optional, given: false, adjectival: false);
            }

            if (country is null || kind != ActorKind.Organisation)
            {
                continue;
            }

            foreach (var form in aliases.Concat(Values(f[7])))
            {
                builder.AddBody(actor, form);
            }

            var forms = states[country];
            foreach (var form in aliases.Concat(Values(f[6])).Concat(Values(f[7])))
            {
                foreach (var prefix in forms.Possessive)
                {
                    foreach (var possessive in Possessives(prefix))
                    {
                        builder.Add(actor, possessive + " " + form, "possessive:" + form, LeadingThe.None, given: false, adjectival: false);
                    }
                }
            }

            foreach (var form in aliases.Concat(Values(f[7])))
            {
                foreach (var prefix in forms.Adjectival)
                {
                    builder.Add(actor, prefix + " " + form, "adjectival:" + form, LeadingThe.Optional, given: false, adjectival: true);
                }
            }
        }

        foreach (var (line, f) in LexiconFile.Read("actor-persons.tsv"))
        {
            Expect(f, 5, "actor-persons.tsv", line);
            if (!states.ContainsKey(f[1]))
            {
                throw new InvalidOperationException($"actor-persons.tsv:{line}: unknown state id '{f[1]}'.");
            }

            var actor = new Actor(f[0], f[3], ActorKind.Person, f[1], ParseSource(f[2], "actor-persons.tsv", line));
            builder.AddActor(actor, "actor-persons.tsv", line);
            builder.Add(actor, f[3], "name:" + f[3], LeadingThe.None, given: false, adjectival: false);
            foreach (var alias in Values(f[4]))
            {
                builder.Add(actor, alias, "alias:" + alias, LeadingThe.None, given: false, adjectival: false);
            }
        }

        foreach (var (_, f) in LexiconFile.Read("actor-blocks.tsv"))
        {
            builder.Add(null, f[0], "block:" + f[0], LeadingThe.None, given: false, adjectival: false);
        }

        var cues = new NameCues(LexiconFile.Read("actor-cues.tsv").Select(r => (r.Fields[0], r.Fields[1])));
        return builder.Build(cues);
    }

    private static void Expect(string[] fields, int count, string file, int line)
    {
        if (fields.Length != count)
        {
            throw new InvalidOperationException($"{file}:{line}: expected {count} tab-separated fields, found {fields.Length}.");
        }
    }

    private static string[] Values(string field) =>
        field == "-" ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static SourceType ParseSource(string value, string file, int line) => value switch
    {
        "intelligence" => SourceType.Intelligence,
        "military" => SourceType.Military,
        "government" => SourceType.Government,
        "media" => SourceType.Media,
        "expert" => SourceType.Expert,

        // An alliance speaks through its officials and secretariat, which readers weigh like a government.
        "alliance" => SourceType.Government,
        _ => throw new InvalidOperationException($"{file}:{line}: unknown source type '{value}'."),
    };

    // "US", "U.S.", "ROK": short all-capital aliases also work as adjectives ("US forces").
    private static bool IsShortAcronym(string alias)
    {
        var letters = 0;
        foreach (var c in alias)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 4;
    }

    private static bool Pluralises(string demonym) =>
        !(demonym.EndsWith("ese", StringComparison.Ordinal) || demonym.EndsWith("sh", StringComparison.Ordinal)
          || demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.EndsWith('s') || demonym.EndsWith('i') && demonym.Length < 4);

    private static IEnumerable<string> Possessives(string prefix)
    {
        yield return prefix + "'s";
        if (prefix.EndsWith('s'))
        {
            yield return prefix + "'";
        }
    }

    private sealed class StateForms
    {
        public List<string> Possessive { get; } = [];

        public List<string> Adjectival { get; } = [];
    }

    private sealed class Builder
    {
        private readonly List<Actor> _actors = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ActorPattern> _forms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PatternNode> _roots = new(StringComparer.Ordinal);
        private readonly List<string> _conflicts = [];
        private readonly Dictionary<(string Country, string Form), Actor?> _bodies = [];

        public void AddActor(Actor actor, string file, int line)
        {
            if (!_ids.Add(actor.Id))
            {
                throw new InvalidOperationException($"{file}:{line}: duplicate actor id '{actor.Id}'.");
            }

            _actors.Add(actor);
        }

        // A capitalised name a state's body goes by without the state ("Defence Ministry", "General Staff"); two bodies of
        // one state sharing it leave it to neither.
        public void AddBody(Actor actor, string form)
        {
            if (!char.IsUpper(form[0]) || actor.Country is not { } country)
            {
                return;
            }

            var key = (country, form);
            _bodies[key] = _bodies.TryGetValue(key, out var existing) && existing != actor ? null : actor;
        }

        public void Add(Actor? actor, string form, string cue, LeadingThe leadingThe, bool given, bool adjectival)
        {
            if (form.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                leadingThe = LeadingThe.Required;
                form = form[4..];
            }

            var buffer = new ActorToken[form.Length + 1];
            var count = ActorTokenizer.Tokenize(form, buffer);
            if (count == 0)
            {
                return;
            }

            var tokens = new string[count];
            var spaced = new bool[count];
            var key = new StringBuilder(leadingThe == LeadingThe.Required ? "the " : string.Empty);
            for (var k = 0; k < count; k++)
            {
                var t = buffer[k];
                tokens[k] = !t.IsWord && ActorTokenizer.IsApostrophe(form[t.Start]) ? "'" : form.Substring(t.Start, t.Length);
                spaced[k] = k > 0 && t.Gap > 0;
                key.Append(spaced[k] ? " " : k > 0 ? "\u00B7" : string.Empty).Append(tokens[k]);
            }

            var formKey = key.ToString();
            if (_forms.TryGetValue(formKey, out var existing))
            {
                if (existing.Actor != actor)
                {
                    _conflicts.Add($"'{form}' names both {existing.Actor?.Id ?? "a blocked phrase"} and {actor?.Id ?? "a blocked phrase"}");
                }

                return;
            }

            var pattern = new ActorPattern(actor, cue, tokens, spaced, leadingThe, given && count == 1, adjectival);
            _forms.Add(formKey, pattern);
            if (!_roots.TryGetValue(tokens[0], out var node))
            {
                _roots.Add(tokens[0], node = new PatternNode());
            }

            for (var k = 1; k < count; k++)
            {
                node = node.Child(tokens[k], spaced[k]);
            }

            node.AddTerminal(pattern);
        }

        public ActorLexicon Build(NameCues cues)
        {
            if (_conflicts.Count > 0)
            {
                throw new InvalidOperationException("Actor lexicon conflicts: " + string.Join("; ", _conflicts));
            }

            foreach (var root in _roots.Values)
            {
                root.Freeze();
            }

            return new ActorLexicon(_actors, _roots, cues, _forms.Count, _bodies);
        }
    }
}
