using System.Globalization;
using System.Text.Json.Nodes;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Core.Claims;
using Assay.Core.Sources;

namespace Assay.Interop.Stix;

/// <summary>Lays a snapshot out as STIX 2.1 objects: the Assay identity and its extension definition, a report per
/// article, identities for outlets and origins, locations for the states mentioned, relationships, and a note and an
/// opinion per resolution. See docs/stix.md for the mapping.</summary>
internal sealed class StixBundleBuilder
{
    /// <summary>The identity of Assay itself, creator of every object it makes.</summary>
    public static readonly string AssayIdentityId = StixIds.Of("identity", "assay");

    private static readonly string[] TypeOrder = ["identity", "extension-definition", "location", "report", "relationship", "note", "opinion"];

    private readonly InteropSnapshot _snapshot;
    private readonly string _created;
    private readonly Dictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _hashById;
    private readonly Dictionary<ClaimRef, PropositionClaim> _claims = [];
    private readonly Dictionary<string, string> _countryOfActor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _stateNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Origin> _origins = new(StringComparer.Ordinal);

    public StixBundleBuilder(InteropSnapshot snapshot)
    {
        _snapshot = snapshot;
        _created = StixTime.Format(snapshot.Created);
        _hashById = snapshot.Articles.ToDictionary(a => a.Stored.Id, a => a.Stored.ContentHash);
        foreach (var claim in snapshot.Picture.Propositions.SelectMany(p => p.Claims))
        {
            _claims.TryAdd(claim.Claim.Ref, claim);
        }

        foreach (var mention in snapshot.Articles.SelectMany(a => a.Extraction.Mentions))
        {
            if (mention.Country is { } country)
            {
                _countryOfActor.TryAdd(mention.ActorId, country);
            }

            if (mention.Kind == ActorKind.State)
            {
                _stateNames.TryAdd(mention.ActorId, mention.ActorName);
            }
        }

        // One origin is named in different words by different claims; the most frequent name (then the first in ordinal
        // order) stands for it, so the name does not depend on which article the store happens to list first.
        foreach (var group in _claims.Values.GroupBy(c => StixOriginIds.ToPortable(c.Origin.Id, _hashById), StringComparer.Ordinal))
        {
            var name = group.GroupBy(c => c.Origin.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var type = group.GroupBy(c => c.Origin.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            _origins[group.Key] = new Origin(group.Key, name, type);
        }
    }

    /// <summary>Every object, in a fixed order: by type, then by id.</summary>
    public IReadOnlyList<JsonObject> Build()
    {
        Add(AssayIdentity());
        Add(ExtensionDefinition());
        foreach (var article in _snapshot.Articles)
        {
            Report(article);
        }

        foreach (var (originId, grade) in _snapshot.Grades.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var portable = StixOriginIds.ToPortable(originId, _hashById);
            var identity = Identity(portable, OriginName(portable, originId), _origins.GetValueOrDefault(portable)?.Type);
            var ext = Extension(identity);
            ext["grade"] = grade.ToString();
            if (AdmiraltyScale.FindReliability(grade.ToString()) is { } level)
            {
                ext["grade_name"] = level.Name;
            }
        }

        foreach (var resolution in _snapshot.Resolutions)
        {
            Resolution(resolution);
        }

        return [.. _objects.Values
            .OrderBy(o => (string)o["id"]! == AssayIdentityId ? -1 : Array.IndexOf(TypeOrder, (string)o["type"]!))
            .ThenBy(o => (string)o["id"]!, StringComparer.Ordinal)];
    }

    private void Report(SnapshotArticle snapshotArticle)
    {
        var extraction = snapshotArticle.Extraction;
        var article = extraction.Article;
        var hash = snapshotArticle.Stored.ContentHash;
        var id = StixIds.Of("report", hash);
        var refs = new SortedSet<string>(StringComparer.Ordinal);

        var creator = AssayIdentityId;
        if (!string.IsNullOrWhiteSpace(article.Outlet))
        {
            var outletKey = Origin.OutletId(article.Outlet);
            creator = Identity(outletKey, article.Outlet, SourceType.Outlet);
        }

        var credited = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        string? OriginRef(Claim claim)
        {
            if (!_claims.TryGetValue(new ClaimRef(snapshotArticle.Stored.Id, claim.Id), out var pc))
            {
                return null;
            }

            var origin = _origins[StixOriginIds.ToPortable(pc.Origin.Id, _hashById)];
            var identity = Identity(origin.Id, OriginName(origin.Id, origin.Name, article.Title ?? hash[..12]), origin.Type);
            LocateOrigin(identity, claim);
            if (!credited.TryGetValue(identity, out var list))
            {
                credited[identity] = list = [];
            }

            list.Add(claim.Id);
            return identity;
        }

        string? SubjectOf(Claim claim) =>
            _claims.TryGetValue(new ClaimRef(snapshotArticle.Stored.Id, claim.Id), out var pc) && pc.Subject.Key.Length > 0
                ? pc.Subject.Describe()
                : null;

        var extension = StixExtension.ForReport(extraction, OriginRef, SubjectOf);
        foreach (var (identity, claims) in credited)
        {
            refs.Add(identity);
            var description = "Credited in this report with claim" + (claims.Count == 1 ? " " : "s ") + string.Join(", ", claims) + ".";
            refs.Add(Relationship(id, "related-to", identity, description));
        }

        foreach (var mention in extraction.Mentions.Where(m => m.Kind == ActorKind.State))
        {
            if (Location(mention.ActorId) is { } location)
            {
                refs.Add(location);
            }
        }

        if (refs.Count == 0)
        {
            refs.Add(creator);
        }

        var report = Core("report", id, creator);
        report["name"] = Name(article.Title, article.Text);
        report["report_types"] = new JsonArray(Workspace.EnumNames.Of(article.Kind));
        report["published"] = article.Published is { } date ? StixTime.Format(date) : _created;
        report["object_refs"] = new JsonArray([.. refs.Select(r => (JsonNode)r)]);
        StixJson.Put(report, "lang", article.Language);
        if (Uri.TryCreate(article.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            report["external_references"] = new JsonArray(new JsonObject { ["source_name"] = article.Outlet ?? "article", ["url"] = article.Url });
        }

        report["extensions"] = new JsonObject { [StixExtension.DefinitionId] = extension };
        Add(report);
    }

    private void Resolution(Resolution resolution)
    {
        if (!ClaimRef.TryParse(resolution.Anchor, out var anchor) || !_hashById.TryGetValue(anchor.Value.ArticleId, out var hash))
        {
            // Anchored on an article outside the snapshot: nothing in the bundle to hang it on.
            return;
        }

        var key = hash + "/" + anchor.Value.ClaimId;
        var outcome = resolution.Outcome == ResolutionOutcome.Confirmed ? "confirmed" : "refuted";
        var proposition = _snapshot.Picture.Find(resolution.Anchor);
        var statement = proposition?.Label ?? "the proposition of claim " + anchor.Value.ClaimId;
        var stating = proposition is null
            ? []
            : proposition.Supporting.Select(c => c.Claim.Ref.ArticleId).Where(_hashById.ContainsKey).Select(a => StixIds.Of("report", _hashById[a])).ToList();
        var anchorReport = StixIds.Of("report", hash);
        var refs = new SortedSet<string>(stating.Count == 0 ? [anchorReport] : stating, StringComparer.Ordinal);
        var figure = resolution.Value is { } v ? " The true figure is " + v.ToString("#,0.##", CultureInfo.InvariantCulture) + "." : "";

        var note = Core("note", StixIds.Of("note", key), AssayIdentityId);
        note["abstract"] = "Resolved " + outcome + ": " + statement;
        note["content"] = resolution.Note ?? "The analyst resolved \"" + statement + "\" as " + outcome + "." + figure;
        note["object_refs"] = new JsonArray([.. refs.Select(r => (JsonNode)r)]);
        var ext = new JsonObject
        {
            ["extension_type"] = StixExtension.PropertyExtension,
            ["anchor_content_hash"] = hash,
            ["anchor_claim"] = anchor.Value.ClaimId,
            ["outcome"] = outcome,
        };
        StixJson.Put(ext, "value", resolution.Value);
        StixJson.Put(ext, "note", resolution.Note);
        note["extensions"] = new JsonObject { [StixExtension.DefinitionId] = ext };
        Add(note);

        var opinion = Core("opinion", StixIds.Of("opinion", key), AssayIdentityId);
        opinion["explanation"] = "The analyst resolved \"" + statement + "\" as " + outcome + "." + figure
                                 + " The opinion bears on that statement only, not on everything else these reports say.";
        opinion["object_refs"] = new JsonArray([.. refs.Select(r => (JsonNode)r)]);
        opinion["opinion"] = resolution.Outcome == ResolutionOutcome.Confirmed ? "strongly-agree" : "strongly-disagree";
        Add(opinion);
    }

    private string Identity(string key, string name, SourceType? type)
    {
        var id = StixIds.Of("identity", key);
        if (_objects.ContainsKey(id))
        {
            return id;
        }

        var identity = Core("identity", id, AssayIdentityId);
        identity["name"] = name;
        var (identityClass, sector) = Classify(type);
        identity["identity_class"] = identityClass;
        if (sector is not null)
        {
            identity["sectors"] = new JsonArray(sector);
        }

        var ext = new JsonObject { ["extension_type"] = StixExtension.PropertyExtension, ["origin_id"] = key };
        StixJson.Put(ext, "source_type", type is { } t ? Workspace.EnumNames.Of(t) : null);
        identity["extensions"] = new JsonObject { [StixExtension.DefinitionId] = ext };
        Add(identity);
        return id;
    }

    private JsonObject Extension(string objectId) => (JsonObject)_objects[objectId]["extensions"]![StixExtension.DefinitionId]!;

    private void LocateOrigin(string identity, Claim claim)
    {
        if (claim.SourceActor is not { } actor)
        {
            return;
        }

        var state = CountryCodes.Of(actor) is not null ? actor : _countryOfActor.GetValueOrDefault(actor);
        if (state is null || Location(state) is not { } location)
        {
            return;
        }

        Relationship(identity, "located-at", location, null);
    }

    private string? Location(string actorId)
    {
        if (CountryCodes.Of(actorId) is not { } code)
        {
            return null;
        }

        var id = StixIds.Of("location", actorId);
        if (_objects.ContainsKey(id))
        {
            return id;
        }

        var location = Core("location", id, AssayIdentityId);
        StixJson.Put(location, "name", _stateNames.GetValueOrDefault(actorId));
        location["country"] = code;
        Add(location);
        return id;
    }

    private string Relationship(string source, string type, string target, string? description)
    {
        var id = StixIds.Of("relationship", source + "|" + type + "|" + target);
        if (!_objects.ContainsKey(id))
        {
            var relationship = Core("relationship", id, AssayIdentityId);
            relationship["relationship_type"] = type;
            StixJson.Put(relationship, "description", description);
            relationship["source_ref"] = source;
            relationship["target_ref"] = target;
            Add(relationship);
        }

        return id;
    }

    private JsonObject AssayIdentity()
    {
        var identity = Core("identity", AssayIdentityId, null);
        identity["name"] = "Assay";
        identity["description"] = "Reads news reports about a developing security story and keeps a sourced, auditable picture of who claimed what.";
        identity["identity_class"] = "system";
        return identity;
    }

    private JsonObject ExtensionDefinition()
    {
        var definition = Core("extension-definition", StixExtension.DefinitionId, AssayIdentityId);
        definition["name"] = "Assay claims";
        definition["description"] = "Carries an article as Assay read it (text, paragraphs, masthead) with its extraction "
                                    + "(mentions, quantities, times, claims with attribution, stance, certainty, offsets and cues) on reports; "
                                    + "the origin id and the analyst's Admiralty grade on identities; the analyst's resolution on notes.";
        definition["schema"] = "docs/stix.md in the Assay repository describes every property of this extension.";
        definition["version"] = "1.0.0";
        definition["extension_types"] = new JsonArray(StixExtension.PropertyExtension);
        return definition;
    }

    private JsonObject Core(string type, string id, string? createdBy)
    {
        var o = new JsonObject { ["type"] = type, ["spec_version"] = "2.1", ["id"] = id };
        StixJson.Put(o, "created_by_ref", createdBy);
        o["created"] = _created;
        o["modified"] = _created;
        return o;
    }

    private void Add(JsonObject o) => _objects[(string)o["id"]!] = o;

    private static (string Class, string? Sector) Classify(SourceType? type) => type switch
    {
        SourceType.Outlet or SourceType.Media => ("organization", "communications"),
        SourceType.Government or SourceType.Intelligence => ("organization", "government-national"),
        SourceType.Military => ("organization", "defense"),
        SourceType.Expert => ("individual", null),
        SourceType.Eyewitness => ("group", null),
        _ => ("unknown", null),
    };

    private static string OriginName(string portableId, string name, string title) =>
        portableId.StartsWith("article-hash:", StringComparison.Ordinal) ? "Unnamed outlet of \"" + title + "\"" : name;

    private string OriginName(string portableId, string originId) =>
        _origins.TryGetValue(portableId, out var origin) ? OriginName(portableId, origin.Name, portableId) : originId;

    private static string Name(string? title, string text)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            return title;
        }

        var words = text.Split((char[]?)null, 13, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "Untitled article" : string.Join(' ', words.Take(12)) + (words.Length > 12 ? "…" : "");
    }
}
