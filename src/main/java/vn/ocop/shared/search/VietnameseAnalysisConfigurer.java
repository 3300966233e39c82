package vn.ocop.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers the analyzers and the normalizer of {@link VietnameseAnalysis} with the Lucene backend of Hibernate
 * Search ({@code hibernate.search.backend.analysis.configurer}).
 */
public class VietnameseAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(VietnameseAnalysis.VIETNAMESE).instance(VietnameseAnalysis.vietnamese());
		context.analyzer(VietnameseAnalysis.VIETNAMESE_EDGE).instance(VietnameseAnalysis.vietnameseEdge());
		context.analyzer(VietnameseAnalysis.VIETNAMESE_EXACT).instance(VietnameseAnalysis.vietnameseExact());
		context.normalizer(VietnameseAnalysis.VIETNAMESE_SORT).instance(VietnameseAnalysis.vietnameseSort());
	}
}
