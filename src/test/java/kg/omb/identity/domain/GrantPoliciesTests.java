package kg.omb.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.util.ReflectionTestUtils;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.ScopedRole;

import static org.assertj.core.api.Assertions.assertThat;

class GrantPoliciesTests {

	static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");

	static final ScopedRole CHAIR_OF_7 = new ScopedRole(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, 7));

	@ParameterizedTest(name = "{0} may be granted for {1}: {2}")
	@CsvSource({ "ADMIN, PLATFORM, true", "ADMIN, ASSOCIATION, false", "PARTICIPANT, PLATFORM, true",
			"PARTICIPANT, ORGANIZATION, false", "AUTHORITY_OFFICER, AUTHORITY, true",
			"AUTHORITY_OFFICER, PLATFORM, false", "COUNCIL_MEMBER, COUNCIL, true", "COUNCIL_MEMBER, AUTHORITY, false",
			"OMB_CHAIR, ASSOCIATION, true", "OMB_CHAIR, SECTION, false", "OMB_CHAIR, PLATFORM, false",
			"OMB_SECRETARY, ASSOCIATION, true", "OMB_MEMBER, ASSOCIATION, true", "OMB_MEMBER, ORGANIZATION, false",
			"SECTION_HEAD, SECTION, true", "SECTION_HEAD, ASSOCIATION, false", "EXPERT, ASSOCIATION, true",
			"EXPERT, PLATFORM, true", "EXPERT, SECTION, false", "ORG_REPRESENTATIVE, ORGANIZATION, true",
			"ORG_REPRESENTATIVE, ASSOCIATION, false" })
	void eachRoleIsGrantedOnlyForItsKindOfScope(Role role, ScopeType type, boolean allowed) {
		Scope scope = type == ScopeType.PLATFORM ? Scope.PLATFORM : Scope.of(type, 3);
		Decision decision = new RoleNeedsMatchingScope().check(request(new ScopedRole(role, scope), List.of()));
		assertThat(decision.allowed()).isEqualTo(allowed);
		if (!allowed) {
			assertThat(decision.field()).isEqualTo("scopeType");
		}
	}

	@Test
	void platformRolesGrantedOnAnotherScopeAreRejectedWithThePlatformOnlyReason() {
		Decision decision = new RoleNeedsMatchingScope()
			.check(request(new ScopedRole(Role.ADMIN, Scope.of(ScopeType.ASSOCIATION, 1)), List.of()));
		assertThat(decision.reasonKey()).isEqualTo("grant.error.platform-only");
	}

	@Test
	void aScopedRoleOnTheWrongScopeSaysWhichScopeItNeeds() {
		Decision decision = new RoleNeedsMatchingScope()
			.check(request(new ScopedRole(Role.SECTION_HEAD, Scope.of(ScopeType.ASSOCIATION, 1)), List.of()));
		assertThat(decision.reasonKey()).isEqualTo("grant.error.scope-type.SECTION_HEAD");
	}

	@Test
	void rejectsASecondGrantOfTheSameRoleAndScopeWhileTheFirstIsInForce() {
		RoleGrant existing = grant(CHAIR_OF_7, NOW.minus(Duration.ofDays(10)), null);
		assertThat(GrantPolicies.ALL.check(request(CHAIR_OF_7, List.of(existing))).reasonKey())
			.isEqualTo("grant.error.duplicate");
	}

	@Test
	void rejectsAGrantOverlappingOneAlreadyPlannedForLater() {
		RoleGrant planned = grant(CHAIR_OF_7, NOW.plus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(60)));
		assertThat(new NoDuplicateEffectiveGrant().check(request(CHAIR_OF_7, List.of(planned))).allowed()).isFalse();
	}

	@Test
	void allowsTheSameRoleAgainAfterTheEarlierGrantWasRevokedOrRanOut() {
		RoleGrant revoked = grant(CHAIR_OF_7, NOW.minus(Duration.ofDays(10)), null);
		revoked.revoke(1L, NOW.minus(Duration.ofDays(1)));
		RoleGrant expired = grant(CHAIR_OF_7, NOW.minus(Duration.ofDays(100)), NOW.minus(Duration.ofDays(50)));
		assertThat(GrantPolicies.ALL.check(request(CHAIR_OF_7, List.of(revoked, expired))).allowed()).isTrue();
	}

	@Test
	void allowsTheSameRoleInAnotherScope() {
		RoleGrant existing = grant(CHAIR_OF_7, NOW.minus(Duration.ofDays(10)), null);
		var chairOf8 = new ScopedRole(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, 8));
		assertThat(GrantPolicies.ALL.check(request(chairOf8, List.of(existing))).allowed()).isTrue();
	}

	@Test
	void rejectsAGrantToADeactivatedAccount() {
		var request = new GrantRequest(CHAIR_OF_7, NOW, null, NOW, AccountStatus.DEACTIVATED, List.of());
		assertThat(GrantPolicies.ALL.check(request).reasonKey()).isEqualTo("grant.error.deactivated");
	}

	@Test
	void allowsAGrantToAnAccountStillConfirmingItsEmail() {
		var request = new GrantRequest(CHAIR_OF_7, NOW, null, NOW, AccountStatus.PENDING_VERIFICATION, List.of());
		assertThat(GrantPolicies.ALL.check(request).allowed()).isTrue();
	}

	@Test
	void rejectsAPeriodThatEndsBeforeItStartsOrIsAlreadyOver() {
		var backwards = new GrantRequest(CHAIR_OF_7, NOW, NOW.minus(Duration.ofDays(1)), NOW, AccountStatus.ACTIVE,
				List.of());
		assertThat(GrantPolicies.ALL.check(backwards)).isEqualTo(Decision.reject("grant.error.period", "validTo"));
		var over = new GrantRequest(CHAIR_OF_7, NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(2)), NOW,
				AccountStatus.ACTIVE, List.of());
		assertThat(GrantPolicies.ALL.check(over)).isEqualTo(Decision.reject("grant.error.ends-in-past", "validTo"));
	}

	@Test
	void allowsAnOpenEndedGrantFromNow() {
		assertThat(GrantPolicies.ALL.check(request(CHAIR_OF_7, List.of()))).isEqualTo(Decision.allow());
	}

	@Test
	void theLastAdministratorGrantOfThePlatformCannotBeRevoked() {
		RoleGrant onlyAdmin = saved(grant(new ScopedRole(Role.ADMIN, Scope.PLATFORM), NOW, null, 1), 10);
		assertThat(new LastAdministratorPolicy().checkRevoke(onlyAdmin, 2L, List.of(onlyAdmin)).reasonKey())
			.isEqualTo("grant.error.last-admin");
	}

	@Test
	void anAdministratorCannotRevokeTheirOwnLastAdministratorGrant() {
		RoleGrant mine = saved(grant(new ScopedRole(Role.ADMIN, Scope.PLATFORM), NOW, null, 1), 10);
		RoleGrant other = saved(grant(new ScopedRole(Role.ADMIN, Scope.PLATFORM), NOW, null, 2), 11);
		assertThat(new LastAdministratorPolicy().checkRevoke(mine, 1L, List.of(mine, other)).reasonKey())
			.isEqualTo("grant.error.own-last-admin");
	}

	@Test
	void anAdministratorMayRevokeAnotherAdministratorWhileOneRemains() {
		RoleGrant mine = saved(grant(new ScopedRole(Role.ADMIN, Scope.PLATFORM), NOW, null, 1), 10);
		RoleGrant other = saved(grant(new ScopedRole(Role.ADMIN, Scope.PLATFORM), NOW, null, 2), 11);
		assertThat(new LastAdministratorPolicy().checkRevoke(other, 1L, List.of(mine, other)).allowed()).isTrue();
	}

	@Test
	void revokingOtherRolesIsNotTheLastAdministratorsBusiness() {
		RoleGrant chair = saved(grant(CHAIR_OF_7, NOW, null, 1), 12);
		assertThat(new LastAdministratorPolicy().checkRevoke(chair, 1L, List.of()).allowed()).isTrue();
	}

	@Test
	void theOnlyAdministratorCannotBeDeactivatedNorCanAnyoneDeactivateThemselves() {
		RoleGrant onlyAdmin = saved(grant(new ScopedRole(Role.ADMIN, Scope.PLATFORM), NOW, null, 1), 10);
		var policy = new LastAdministratorPolicy();
		assertThat(policy.checkDeactivation(1, 2L, List.of(onlyAdmin)).reasonKey()).isEqualTo("admin.error.last-admin");
		assertThat(policy.checkDeactivation(2, 2L, List.of(onlyAdmin)).reasonKey())
			.isEqualTo("admin.error.deactivate-self");
		assertThat(policy.checkDeactivation(3, 2L, List.of(onlyAdmin)).allowed()).isTrue();
	}

	static GrantRequest request(ScopedRole wanted, List<RoleGrant> existing) {
		return new GrantRequest(wanted, NOW, null, NOW, AccountStatus.ACTIVE, existing);
	}

	static RoleGrant grant(ScopedRole role, Instant from, Instant to) {
		return grant(role, from, to, 1);
	}

	static RoleGrant grant(ScopedRole role, Instant from, Instant to, long accountId) {
		return new RoleGrant(accountId, role, from, to, null, null);
	}

	/** Gives the grant the id the database would, since grants are told apart by id. */
	static RoleGrant saved(RoleGrant grant, long id) {
		ReflectionTestUtils.setField(grant, "id", id);
		return grant;
	}

}
