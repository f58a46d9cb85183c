package kg.omb.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NoticeTests {

	@Test
	void aNoticeKeepsItsKeysArgumentsAndLink() {
		Notice notice = Notice.of("discussion", "draft.title", "draft.body", LocalizedText.of("А", "Б", "C"), 3L)
			.withLink("/documents/12?tab=comments");
		assertThat(notice.category()).isEqualTo("discussion");
		assertThat(notice.arguments()).hasSize(2);
		assertThat(notice.link()).isEqualTo("/documents/12?tab=comments");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/", "//evil.example/path", "/\\evil.example", "documents/12",
			"javascript:alert(1)", "/with space" })
	void aLinkMustBeAPathWithinTheApplication(String link) {
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.of("review", "a.title", "a.body").withLink(link));
	}

	@Test
	void argumentsOfKindsThatCannotBeStoredAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.of("review", "a.title", "a.body", new Object()));
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.of("review", "a.title", "a.body", 1.5d));
	}

	@Test
	void categoryAndKeysAreChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.of("Review!", "a.title", "a.body"));
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.of("review", "", "a.body"));
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.of("review", "a.title", "a body"));
	}

	@Test
	void argumentsCannotBeChangedAfterwards() {
		List<Object> arguments = new ArrayList<>(List.of("one", Instant.EPOCH));
		Notice notice = new Notice("review", "a.title", "a.body", arguments, null);
		arguments.add("two");
		assertThat(notice.arguments()).hasSize(2);
	}

}
