package kg.omb.search.analysis;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Kyrgyz text for the index and for queries: standard tokenizer, lower case, a short list of Kyrgyz function
 * words, then {@link KyrgyzStemFilter}. Words in the exclusion set are kept as they are written.
 */
public final class KyrgyzAnalyzer extends StopwordAnalyzerBase {

	/**
	 * Conjunctions, postpositions, pronouns and particles frequent enough in documents to match everything; kept
	 * short, since a missing stop word only costs a little ranking, while a wrong one makes a word unsearchable.
	 */
	public static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
			"жана", "же", "менен", "үчүн", "боюнча", "бул", "ал", "алар", "ошол", "ошондой", "да", "дагы", "де",
			"деле", "эле", "мен", "сен", "биз", "силер", "сиз", "бир", "ар", "ким", "эмне", "кандай", "качан",
			"кайда", "эч", "бирок", "эгер", "анткени", "ошондуктан", "жөнүндө", "тууралуу", "чейин", "аркылуу",
			"тарабынан", "анын", "аны", "ага", "андан", "анда", "мында", "бу", "ушул", "эмес", "ооба", "жок",
			"болуп", "болот", "болгон", "ми", "мы", "бы", "бекен", "гана", "дейре", "карата", "каршы"), false));

	private final CharArraySet exclusions;

	public KyrgyzAnalyzer() {
		this(STOP_WORDS, CharArraySet.EMPTY_SET);
	}

	public KyrgyzAnalyzer(CharArraySet stopWords, CharArraySet exclusions) {
		super(stopWords);
		this.exclusions = CharArraySet.unmodifiableSet(CharArraySet.copy(exclusions));
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream result = new LowerCaseFilter(source);
		result = new StopFilter(result, stopwords);
		if (!exclusions.isEmpty()) {
			result = new SetKeywordMarkerFilter(result, exclusions);
		}
		return new TokenStreamComponents(source, new KyrgyzStemFilter(result));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}
}
