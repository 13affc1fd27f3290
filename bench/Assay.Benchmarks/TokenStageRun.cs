using System.Diagnostics;
using System.Globalization;
using Assay.Core.Text;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Pipeline;

namespace Assay.Benchmarks;

/// <summary>The extractor's token stage piece by piece, against the bare token pass: the three tokenizations it makes
/// (word tokens, figure tokens, actor tokens) and the two word-class lookups, each timed alone over the generated
/// corpus.</summary>
/// <remarks>This is the part of extraction that runs before any annotator reads a token, so its sum, divided by the
/// bare pass, is a floor under the ratio the whole extraction can reach in this design. Each line is the best of seven
/// rounds of <c>passes</c> passes; the sentences are found once, outside the timing.</remarks>
public static class TokenStageRun
{
    /// <summary>Prints one line per piece, with its time per pass over the corpus and its ratio to the bare pass.</summary>
    public static void Run(int articles = 200, int passes = 50)
    {
        var corpus = CorpusGenerator.Generate(articles);
        var words = CorpusGenerator.CountWords(corpus);
        var sentences = ExtractionPipeline.Default.Annotators.First(static a => a.Name == "sentences");
        var documents = new List<(string Text, TextSpan[] Sentences)>(corpus.Length);
        var longest = 0;
        foreach (var article in corpus)
        {
            var document = new AnnotatedDocument(article);
            sentences.Annotate(document);
            documents.Add((article.Text, [.. document.Sentences]));
            longest = Math.Max(longest, article.Text.Length);
        }

        var tokens = new List<Token>(longest);
        var classes = new WordClass[longest + 1];
        var actorTokens = new ActorToken[longest + 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Length} articles, {words:N0} words, {Environment.ProcessorCount} cores, {Environment.Version}; best of 7 rounds of {passes} passes"));

        var bare = Time(passes, () =>
        {
            foreach (var (text, _) in documents)
            {
                Tokenizer.CountTokens(text);
            }
        });
        Print("bare token pass", bare, bare);

        // Each tokenization alone, then with its classification; the classes cost the difference.
        double Stage(Action<string, TextSpan[]> step) => Time(passes, () =>
        {
            foreach (var (text, spans) in documents)
            {
                step(text, spans);
            }
        });
        var wordTokens = Stage((text, spans) => WordTokens(text, spans, tokens));
        var wordClasses = Stage((text, spans) =>
        {
            WordTokens(text, spans, tokens);
            WordClasses.Sentence.Classify(text, tokens, classes, wordsOnly: false);
        }) - wordTokens;
        var figureTokens = Stage((text, spans) => FigureTokens(text, spans, tokens));
        var figureClasses = Stage((text, spans) =>
        {
            FigureTokens(text, spans, tokens);
            WordClasses.Figure.Classify(text, tokens, classes, wordsOnly: true);
        }) - figureTokens;
        var actors = Time(passes, () =>
        {
            foreach (var (text, _) in documents)
            {
                ActorTokenizer.Tokenize(text, actorTokens);
            }
        });

        Print("word tokens", wordTokens, bare);
        Print("word classes", wordClasses, bare);
        Print("figure tokens", figureTokens, bare);
        Print("figure classes", figureClasses, bare);
        Print("actor tokens", actors, bare);
        Print("token stage", wordTokens + wordClasses + figureTokens + figureClasses + actors, bare);
    }

    private static void WordTokens(string text, TextSpan[] sentences, List<Token> tokens)
    {
        tokens.Clear();
        foreach (var s in sentences)
        {
            Assay.Extraction.Pipeline.Tokenizer.Tokenize(text, s.Start, s.End, tokens);
        }
    }

    private static void FigureTokens(string text, TextSpan[] sentences, List<Token> tokens)
    {
        tokens.Clear();
        foreach (var s in sentences)
        {
            Assay.Extraction.Pipeline.Tokenizer.TokenizeFigures(text, s.Start, s.End, tokens);
        }
    }

    // Best of seven rounds, in milliseconds a pass, after one untimed round.
    private static double Time(int passes, Action pass)
    {
        pass();
        var best = double.MaxValue;
        for (var round = 0; round < 7; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var p = 0; p < passes; p++)
            {
                pass();
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds / passes);
        }

        return best;
    }

    private static void Print(string name, double milliseconds, double bare) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {milliseconds,8:N2} ms/pass  {milliseconds / bare,6:N1}× the bare pass"));
}
