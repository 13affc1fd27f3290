namespace Assay.Analysis.Ach;

/// <summary>What one evidence item does to the result.</summary>
/// <param name="EvidenceId">"E2".</param>
/// <param name="Weight">Cred·Rel, the multiplier of its inconsistency points in the weighted score.</param>
/// <param name="Diagnosticity">Population standard deviation of its numeric ratings across hypotheses (NA and unrated
/// left out); 0 when rated alike against every hypothesis, even all II.</param>
/// <param name="LeaderChangesWithout">True when leaving the item out changes the leader(s) under the analysed mode.</param>
/// <param name="LeaderChangesReversed">True when reading the item backwards (every rating mirrored, CC↔II, C↔I)
/// changes the leader(s): the result hangs on this item being right and not deceptive.</param>
public sealed record AchEvidenceScore(string EvidenceId, double Weight, double Diagnosticity, bool LeaderChangesWithout, bool LeaderChangesReversed);
