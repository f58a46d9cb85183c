package kg.omb.search.domain;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import kg.omb.search.analysis.KyrgyzAnalyzer;

/**
 * The analyzers of the portal's index: Kyrgyz with the platform's own stemmer, Russian and English with Lucene's
 * (lower case, stop words, Snowball and Porter stemming).
 */
public class PortalAnalysis implements LuceneAnalysisConfigurer {

	static final String KYRGYZ = "kyrgyz";

	static final String RUSSIAN = "russian";

	static final String ENGLISH = "english";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(KYRGYZ).instance(new KyrgyzAnalyzer());
		context.analyzer(RUSSIAN).instance(new RussianAnalyzer());
		context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
	}

}
