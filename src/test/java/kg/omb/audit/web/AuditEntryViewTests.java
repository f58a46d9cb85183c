package kg.omb.audit.web;

import org.junit.jupiter.api.Test;

import kg.omb.audit.web.AuditEntryView.Detail;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryViewTests {

	@Test
	void detailsAreShownFieldByFieldWithNestedValuesAsJson() {
		assertThat(AuditEntryView.details("{\"role\":\"OMB_CHAIR\",\"count\":3,\"scope\":{\"id\":7},\"on\":true}"))
			.containsExactly(new Detail("role", "OMB_CHAIR"), new Detail("count", "3"),
					new Detail("scope", "{\"id\":7}"), new Detail("on", "true"));
	}

	@Test
	void noDetailsShowNothing() {
		assertThat(AuditEntryView.details("{}")).isEmpty();
	}

	@Test
	void detailsThatAreNotAnObjectAreShownAsStored() {
		assertThat(AuditEntryView.details("[1,2]")).containsExactly(new Detail("", "[1,2]"));
		assertThat(AuditEntryView.details("not json")).containsExactly(new Detail("", "not json"));
	}

}
