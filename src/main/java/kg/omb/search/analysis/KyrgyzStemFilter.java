package kg.omb.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Puts {@link KyrgyzStemmer} into a Lucene analysis chain. Tokens marked as keywords (names, terms that must stay
 * exact) pass untouched, as with Lucene's own stem filters. Expects lower-case input.
 */
public final class KyrgyzStemFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	public KyrgyzStemFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (!keyword.isKeyword()) {
			String word = term.toString();
			String stem = KyrgyzStemmer.stem(word);
			if (!stem.equals(word)) {
				term.setEmpty().append(stem);
			}
		}
		return true;
	}
}
