namespace Assay.Corpus;

/// <summary>Word pools shared by every story: hedges, attribution verbs, unnamed sources, names, quotes and
/// boilerplate. All wording is written for this generator.</summary>
internal static class PhraseBank
{
    public static readonly string[] Hedges = ["reportedly", "allegedly", "apparently", "possibly", "probably", "likely", "believed to have"];

    public static readonly string[] HedgeOpeners =
    [
        "It is believed that", "It is thought that", "According to unconfirmed reports,", "There are indications that",
        "It appears that", "Some observers suspect that", "It is likely that",
    ];

    public static readonly string[] SaidVerbs =
    [
        "said", "told reporters", "said in a statement", "told a news conference", "estimated", "claimed", "reported", "assessed",
        "wrote in a report", "told lawmakers", "said on social media", "confirmed",
    ];

    public static readonly string[] Anonymous =
    [
        "two officials familiar with the matter", "a senior official who spoke on condition of anonymity", "a source close to the government",
        "a diplomat who asked not to be named", "people briefed on the intelligence", "a military source", "a security official",
    ];

    public static readonly string[] Witnesses =
    [
        "an eyewitness", "local residents", "a witness reached by telephone", "a volunteer at a local shelter", "a shopkeeper in the town",
        "a nurse at the main hospital",
    ];

    public static readonly string[] Analysts =
    [
        "independent analysts", "open-source researchers", "satellite imagery analysts", "a former intelligence officer", "regional experts",
    ];

    public static readonly string[] FirstNames =
    [
        "Maria", "James", "Olena", "Hyun-woo", "Amina", "Tomas", "Priya", "Daniel", "Fatima", "Lucas", "Ingrid", "Kwame", "Sofia", "Mateo",
        "Yuki", "Ahmed", "Clara", "Pavel", "Nadia", "Samuel", "Leila", "Marco", "Hana", "Oliver", "Zainab", "Erik", "Rosa", "Dmytro",
        "Grace", "Ibrahim", "Anna", "Kenji", "Elena", "Joseph", "Mei", "Rafael", "Sara", "Viktor", "Aisha", "Jonas",
    ];

    public static readonly string[] LastNames =
    [
        "Kovalenko", "Whitfield", "Okafor", "Lindqvist", "Haddad", "Moreau", "Park", "Novak", "Mensah", "Castillo", "Tanaka", "Rahman",
        "Brennan", "Petrov", "Santos", "Osei", "Fischer", "Nakamura", "Ali", "Duarte", "Hansen", "Kim", "Ivanova", "Quinn", "Bakr",
        "Horvat", "Delgado", "Adeyemi", "Larsen", "Mwangi", "Sato", "Romero", "Weber", "Chen", "Nilsson", "Abara", "Costa", "Marsh",
    ];

    public static readonly string[] Roles =
    [
        "a spokesperson for", "the head of", "a senior adviser at", "a spokesman for", "a researcher at", "the director of",
        "a regional coordinator for",
    ];

    public static readonly string[] Quotes =
    [
        "We are seeing numbers that we have not seen before", "Every day the situation in {P} becomes harder to describe",
        "These figures are estimates and they will change", "There is no evidence to support that claim",
        "We will not be drawn into speculation about numbers", "The world cannot afford to look away from {P}",
        "What we can confirm is only a fraction of what is happening", "Our teams are stretched to the limit",
        "Nobody on the ground believes the official count", "We have asked for access and we are still waiting",
        "The trend is clear even if the exact number is not", "People here are exhausted and frightened",
        "This is a deliberate attempt to mislead the public", "We are checking every report before we publish a figure",
        "The numbers coming out of {P} should be treated with caution", "It would be irresponsible to guess",
    ];

    public static readonly string[] Rejections =
    [
        "fabricated", "baseless", "a provocation", "groundless speculation", "part of an information war", "a smear campaign",
        "deliberate disinformation",
    ];

    public static readonly string[] Verdicts = ["False", "Misleading", "Unproven", "Mostly false", "Missing context"];

    public static readonly string[] Subheadings =
    [
        "What we know", "The numbers", "Who is counting", "Reaction", "Background", "What comes next", "A disputed figure", "On the ground",
        "The official line", "Why it matters", "Questions remain", "The wider picture",
    ];

    public static readonly string[] Scenes =
    [
        "Smoke rises over", "Residents walk past damaged buildings in", "Officials brief reporters in", "A convoy moves through",
        "People queue for supplies in", "Security forces stand guard in", "Volunteers unload boxes in", "A family waits at a checkpoint near",
    ];

    public static readonly string[] RelatedLabels = ["Read more", "Related", "See also", "Read also", "More on this story"];

    public static readonly string[] Cities = ["GENEVA", "WASHINGTON", "BRUSSELS", "LONDON", "NEW YORK", "PARIS", "BERLIN", "NAIROBI", "ISTANBUL", "TOKYO"];

    public static readonly string[] Cautions =
    [
        "The figures could not be independently verified.", "It was not possible to confirm the numbers independently.",
        "Neither side's account could be checked on the ground.", "Access for independent reporters remains restricted.",
        "The estimate has not been confirmed by other sources.",
    ];

    public static readonly string[] OpinionOpeners =
    [
        "Numbers have a way of hardening into facts long before they deserve to.", "There is a familiar rhythm to the coverage of this crisis.",
        "Every crisis produces its own arithmetic, and this one is no exception.", "It is tempting to treat each new estimate as a revelation.",
        "Governments rarely volunteer bad news, and this one is no different.",
    ];

    public static readonly string[] OpinionClosers =
    [
        "Until the counting improves, humility is the only honest position.", "The least we can do is to be precise about what we do not know.",
        "Policy built on a guess will fail when the guess does.", "History will judge us on what we did, not on the figures we quoted.",
    ];

    public static readonly string[] AnalysisJudgements =
    [
        "We assess with moderate confidence that", "Our central estimate is that", "We judge it likely that",
        "The balance of evidence suggests that", "On current information we cannot rule out that",
    ];
}
