package kg.omb.association.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules the consultative council keeps by itself (§13): its Kyrgyz name and one seat per person at a time.
 * Releasing a seat needs a saved member and is proven in {@code CouncilRulesTests}.
 */
class ConsultativeCouncilTests {

	static final LocalDate FORMED = LocalDate.of(2025, 9, 1);

	static ConsultativeCouncil council() {
		return new ConsultativeCouncil(1L, LocalizedText.of("Консультативдик кеңеш", null, null), 100L, FORMED);
	}

	@Test
	void aCouncilNeedsItsNameInKyrgyz() {
		assertThatThrownBy(() -> new ConsultativeCouncil(1L, LocalizedText.of(null, "Совет", null), 100L, FORMED))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.name-ky-required");
	}

	@Test
	void aPersonWithAnAccountSitsOnTheCouncilOnce() {
		ConsultativeCouncil council = council();
		council.appoint(new CouncilMember.Person("Айгүл Токтосунова", 5L, 10L, "Ректор"), 101L, FORMED);
		assertThatThrownBy(() -> council.appoint(new CouncilMember.Person("А. Токтосунова", 5L, 11L, "Проректор"),
				102L, FORMED.plusDays(1)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.council-member-twice");
		assertThat(council.getMembers()).hasSize(1);
	}

	@Test
	void aPersonWithoutAnAccountSitsOnTheCouncilOnceWhateverTheCase() {
		ConsultativeCouncil council = council();
		council.appoint(new CouncilMember.Person("Бакыт Осмонов", null, null, "Директор"), 101L, FORMED);
		assertThatThrownBy(() -> council.appoint(new CouncilMember.Person("бакыт осмонов", null, 10L, "Директор"),
				102L, FORMED))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.council-member-twice");
		assertThat(council.getMembers()).hasSize(1);
	}

	@Test
	void aNewMemberSitsFromTheDayOfTheAct() {
		CouncilMember member = council().appoint(new CouncilMember.Person("Бакыт Осмонов", null, null, "Директор"),
				101L, FORMED.plusDays(5));
		assertThat(member.isCurrent()).isTrue();
		assertThat(member.getFromDate()).isEqualTo(FORMED.plusDays(5));
		assertThat(member.getActId()).isEqualTo(101L);
	}

	@Test
	void onlyASittingMemberCanBeReleased() {
		ConsultativeCouncil council = council();
		council.appoint(new CouncilMember.Person("Бакыт Осмонов", null, null, "Директор"), 101L, FORMED);
		assertThatThrownBy(() -> council.release(999L, 102L, FORMED.plusDays(1)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.member-not-current");
		assertThat(council.getMembers()).allMatch(CouncilMember::isCurrent);
	}

	@Test
	void aMemberIsNotReleasedBeforeTheirAppointment() {
		CouncilMember member = council().appoint(new CouncilMember.Person("Бакыт Осмонов", null, null, "Директор"),
				101L, FORMED.plusDays(5));
		assertThatThrownBy(() -> member.end(102L, FORMED.plusDays(4)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.date-before-current");
		assertThat(member.isCurrent()).isTrue();
		member.end(102L, FORMED.plusDays(5));
		assertThat(member.isCurrent()).isFalse();
		assertThat(member.getToDate()).isEqualTo(FORMED.plusDays(5));
	}

}
