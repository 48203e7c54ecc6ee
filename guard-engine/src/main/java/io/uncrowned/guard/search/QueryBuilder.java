package io.uncrowned.guard.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a user's query into a Lucene query over title (boosted) and text. All words must match unless the
 * user writes OR; a query that is not valid syntax (a stray quote or colon) is searched as plain words
 * instead of failing.
 */
final class QueryBuilder {
  private static final String[] FIELDS = {LuceneIndex.TITLE, LuceneIndex.TEXT};
  private static final Map<String, Float> BOOSTS = Map.of(LuceneIndex.TITLE, 2.0f, LuceneIndex.TEXT, 1.0f);

  private final Analyzer analyzer;

  QueryBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Query all() {
    return new MatchAllDocsQuery();
  }

  Query parse(String text) {
    try {
      return parser().parse(text);
    } catch (ParseException | IllegalArgumentException e) {
      try {
        return parser().parse(QueryParser.escape(text));
      } catch (ParseException again) {
        throw new IllegalArgumentException("cannot search for: " + text, again);
      }
    }
  }

  // A parser is cheap and not thread-safe: one per query.
  private MultiFieldQueryParser parser() {
    MultiFieldQueryParser p = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
    p.setDefaultOperator(QueryParser.Operator.AND);
    return p;
  }
}
