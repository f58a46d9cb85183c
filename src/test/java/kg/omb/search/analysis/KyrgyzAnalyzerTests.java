package kg.omb.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class KyrgyzAnalyzerTests {

	@Test
	void lowerCasesDropsFunctionWordsAndStemsTheRest() throws IOException {
		try (Analyzer analyzer = new KyrgyzAnalyzer()) {
			assertThat(tokens(analyzer, "Билим берүү стандарттарына жана программаларына ылайык"))
					.containsExactly("билим", "берүү", "стандарт", "программа", "ылайык");
		}
	}

	@Test
	void givesAllFormsOfAWordOneToken() throws IOException {
		try (Analyzer analyzer = new KyrgyzAnalyzer()) {
			assertThat(tokens(analyzer, "Китеп, китептер, КИТЕБИН, китептерге"))
					.containsExactly("китеп", "китеп", "китеп", "китеп");
		}
	}

	@Test
	void keepsThePositionOfARemovedStopWord() throws IOException {
		try (Analyzer analyzer = new KyrgyzAnalyzer(); TokenStream stream = analyzer.tokenStream("f", "окуу жана билим")) {
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			List<Integer> increments = new ArrayList<>();
			stream.reset();
			while (stream.incrementToken()) {
				increments.add(increment.getPositionIncrement());
			}
			stream.end();
			assertThat(increments).containsExactly(1, 2);
		}
	}

	@Test
	void leavesExcludedWordsAsWritten() throws IOException {
		try (Analyzer analyzer = new KyrgyzAnalyzer(KyrgyzAnalyzer.STOP_WORDS,
				new CharArraySet(List.of("билими"), false))) {
			assertThat(tokens(analyzer, "билими билимди")).containsExactly("билими", "билим");
		}
	}

	@Test
	void stemFilterLeavesKeywordTokensAlone() throws IOException {
		Analyzer analyzer = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				KeywordTokenizer source = new KeywordTokenizer();
				CharArraySet keywords = new CharArraySet(List.of("стандарттар"), false);
				return new TokenStreamComponents(source,
						new KyrgyzStemFilter(new SetKeywordMarkerFilter(source, keywords)));
			}
		};
		try (analyzer) {
			assertThat(tokens(analyzer, "стандарттар")).containsExactly("стандарттар");
			assertThat(tokens(analyzer, "стандарттарды")).containsExactly("стандарт");
		}
	}

	static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}
}
