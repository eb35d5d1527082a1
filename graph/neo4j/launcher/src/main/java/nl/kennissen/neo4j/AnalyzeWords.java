package nl.kennissen.neo4j;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/**
 * What one of Neo4j's full-text analyzers makes of text: for each line of standard input, one
 * line on standard output with the line's tokens separated by spaces, or an empty line when the
 * analyzer keeps nothing (a stop word). The analyzer is the one Neo4j itself creates for the name
 * in {@code fulltext.analyzer}, found the way Neo4j finds it (its AnalyzerProvider services), so
 * the tokens are exactly what a full-text index stores and queries.
 *
 * <pre>
 *   java -cp 'target/neo4j-dev-launcher.jar:target/lib/*' nl.kennissen.neo4j.AnalyzeWords [dutch]
 * </pre>
 *
 * <p>The service's own Dutch stop words and stemmer (src/text) are checked against it by
 * test/neo4j/dutch-analyzer.spec.ts. Input and output are UTF-8.
 */
public final class AnalyzeWords {
  private AnalyzeWords() {}

  public static void main(String[] args) throws IOException {
    String name = args.length > 0 ? args[0] : "dutch";
    try (Analyzer analyzer = analyzer(name);
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out =
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(tokens(analyzer, line));
        out.newLine();
      }
    }
  }

  private static Analyzer analyzer(String name) {
    for (AnalyzerProvider provider : ServiceLoader.load(AnalyzerProvider.class)) {
      if (provider.getName().equals(name)) return provider.createAnalyzer();
    }
    throw new IllegalArgumentException("Neo4j has no full-text analyzer named " + name);
  }

  private static String tokens(Analyzer analyzer, String text) throws IOException {
    StringJoiner tokens = new StringJoiner(" ");
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) tokens.add(term.toString());
      stream.end();
    }
    return tokens.toString();
  }
}
