package kg.omb.association;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import kg.omb.association.domain.CouncilMember;
import kg.omb.association.domain.CouncilQueries;
import kg.omb.association.domain.CouncilService;
import kg.omb.association.domain.ManagedCouncil;
import kg.omb.association.domain.ManagementQueries;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.Region;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static kg.omb.association.AssociationFixture.ACT_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consultative council's rules as the authority's officer meets them (§13): one council per authority, a
 * member appointed with a name and a position, released once and not before their appointment, and free to be
 * appointed again after release.
 */
@SpringBootTest
@Import(AssociationFixture.class)
class CouncilRulesTests {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	CouncilService councils;

	@Autowired
	CouncilQueries councilQueries;

	@Autowired
	ManagementQueries management;

	@Test
	void anAuthorityFormsOneCouncil() {
		var omb = fixture.standardOmb(Region.CHUY);
		var council = fixture.council(omb);
		long act = authoritysAct(omb, "K2-", 40);

		assertThatThrownBy(() -> asOfficer(omb, () -> councils.form(omb.authorityId(),
				LocalizedText.of("Экинчи кеңеш " + omb.n(), null, null), act)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.council-exists");
		assertThat(councilQueries.ofAuthority(omb.authorityId())).hasValue(council.id());
	}

	@Test
	void aMemberIsAppointedWithANameAndAPosition() {
		var omb = fixture.standardOmb(Region.CHUY);
		var council = fixture.council(omb);
		long act = authoritysAct(omb, "KP-", 40);

		assertThatThrownBy(() -> asOfficer(omb, () -> {
			councils.appoint(council.id(), version(council), new CouncilMember.Person("Жаңы мүчө", null, null, " "),
					act);
			return null;
		})).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("association.error.person-incomplete");
		assertThat(sitting(omb)).hasSize(1);
	}

	@Test
	void aMemberCannotBeReleasedTwice() {
		var omb = fixture.standardOmb(Region.CHUY);
		var council = fixture.council(omb);
		long seat = sitting(omb).get(0).id();
		long released = authoritysAct(omb, "KR-", 40);
		asOfficer(omb, () -> {
			councils.release(council.id(), version(council), seat, released);
			return null;
		});
		long again = authoritysAct(omb, "KR2-", 50);

		assertThatThrownBy(() -> asOfficer(omb, () -> {
			councils.release(council.id(), version(council), seat, again);
			return null;
		})).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("association.error.member-not-current");
		ManagedCouncil.Seat former = managed(omb).former().get(0);
		assertThat(former.id()).isEqualTo(seat);
		assertThat(former.to()).isEqualTo(ACT_DAY.plusDays(40));
		assertThat(sitting(omb)).isEmpty();
	}

	@Test
	void aMemberIsNotReleasedBeforeTheirAppointment() {
		var omb = fixture.standardOmb(Region.CHUY);
		var council = fixture.council(omb);
		long seat = sitting(omb).get(0).id();
		long tooEarly = authoritysAct(omb, "KE-", 1);

		assertThatThrownBy(() -> asOfficer(omb, () -> {
			councils.release(council.id(), version(council), seat, tooEarly);
			return null;
		})).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("association.error.date-before-current");
		assertThat(sitting(omb)).extracting(ManagedCouncil.Seat::id).containsExactly(seat);
	}

	@Test
	void aReleasedMemberMayBeAppointedAgainButASittingOneMayNot() {
		var omb = fixture.standardOmb(Region.CHUY);
		var council = fixture.council(omb);
		var person = new CouncilMember.Person("Кеңеш мүчөсү " + council.n(), null, omb.baseOrganizationId(), "Ректор");
		long twice = authoritysAct(omb, "KT-", 20);

		assertThatThrownBy(() -> asOfficer(omb, () -> {
			councils.appoint(council.id(), version(council), person, twice);
			return null;
		})).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("association.error.council-member-twice");

		long released = authoritysAct(omb, "KR-", 40);
		long reappointed = authoritysAct(omb, "KA-", 60);
		asOfficer(omb, () -> {
			councils.release(council.id(), version(council), sitting(omb).get(0).id(), released);
			councils.appoint(council.id(), version(council), person, reappointed);
			return null;
		});
		assertThat(sitting(omb)).extracting(ManagedCouncil.Seat::from).containsExactly(ACT_DAY.plusDays(60));
		assertThat(managed(omb).former()).extracting(ManagedCouncil.Seat::to).containsExactly(ACT_DAY.plusDays(40));
	}

	private long authoritysAct(AssociationFixture.Omb omb, String prefix, int daysAfterActDay) {
		return fixture.asAdministrator(() -> fixture.act(ActIssuer.authority(omb.authorityId()),
				prefix + AssociationFixture.unique(), ACT_DAY.plusDays(daysAfterActDay)));
	}

	private long version(AssociationFixture.Council council) {
		return councilQueries.profile(council.id()).version();
	}

	private List<ManagedCouncil.Seat> sitting(AssociationFixture.Omb omb) {
		return managed(omb).sitting();
	}

	private ManagedCouncil.Council managed(AssociationFixture.Omb omb) {
		return asOfficer(omb, () -> management.councils()
			.stream()
			.filter(council -> council.authority().id() == omb.authorityId())
			.findFirst()
			.orElseThrow()
			.council());
	}

	private <T> T asOfficer(AssociationFixture.Omb omb, Supplier<T> work) {
		return fixture.as(List.of("AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId()), work);
	}

}
