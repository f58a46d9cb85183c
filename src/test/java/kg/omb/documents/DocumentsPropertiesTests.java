package kg.omb.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentsPropertiesTests {

	@Test
	void theMinimumDiscussionOfOneKindIsSetByItsPropertyAndTheOthersKeepTheirDefault() {
		Binder binder = new Binder(new MapConfigurationPropertySource(
				Map.of("omb.documents.kinds.professional-standard.discussion-min-days", "45")));

		DocumentsProperties properties = binder.bind("omb.documents", DocumentsProperties.class).get();

		assertThat(properties.discussionMinDays(DocumentKind.PROFESSIONAL_STANDARD)).isEqualTo(45);
		assertThat(properties.discussionMinDays(DocumentKind.STATE_STANDARD_HIGHER)).isEqualTo(30);
		assertThat(properties.discussionMinDays(DocumentKind.INNOVATIVE_EXPERIENCE_MATERIAL)).isZero();
	}

}
