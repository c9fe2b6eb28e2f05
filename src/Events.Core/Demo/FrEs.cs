namespace Events.Core.Demo;

/// <summary>A demo text in French and Spanish, keyed in the translation tables by its English original.</summary>
public sealed record FrEs(string Fr, string Es);
