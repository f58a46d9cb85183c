package kg.omb.audit.domain;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ChainedAuditLogTests {

	@Test
	void clampingKeepsShortValuesAndNeverSplitsACharacter() {
		assertThat(ChainedAuditLog.clamp("aigul@omb.local", 320)).isEqualTo("aigul@omb.local");
		assertThat(ChainedAuditLog.clamp("abcdef", 3)).isEqualTo("abc");
		assertThat(ChainedAuditLog.clamp("ab\uD83D\uDE00cd", 3)).isEqualTo("ab");
	}

	@Test
	void detailsAreJsonAndTooLongOnesAreShortenedToValidMarkedJson() {
		assertThat(ChainedAuditLog.json(Map.of("role", "OMB_CHAIR"))).isEqualTo("{\"role\":\"OMB_CHAIR\"}");
		String shortened = ChainedAuditLog.json(Map.of("text", "\"\u0001".repeat(10_000)));
		assertThat(shortened).hasSizeLessThanOrEqualTo(ChainedAuditLog.MAX_DETAILS)
			.contains("\"truncated\":true")
			.contains("\"length\":80011");
		assertThat(JsonMapper.builder().build().readTree(shortened).isObject()).isTrue();
	}

}
