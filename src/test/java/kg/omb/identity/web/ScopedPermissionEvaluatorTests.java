package kg.omb.identity.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;

import static kg.omb.identity.TestPrincipal.authentication;
import static kg.omb.identity.TestPrincipal.in;
import static kg.omb.identity.TestPrincipal.onPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The principal carries only the grants effective at sign-in (expired and revoked ones are never in it), so these
 * tests build principals the way the identity module does and ask about scopes.
 */
class ScopedPermissionEvaluatorTests {

	final ScopedPermissionEvaluator evaluator = new ScopedPermissionEvaluator();

	final Authentication chairOf7 = authentication(1, "chair@omb.test", in(Role.OMB_CHAIR, ScopeType.ASSOCIATION, 7));

	@Test
	void aChairHasPermissionInTheirOwnAssociation() {
		assertThat(evaluator.hasPermission(chairOf7, 7L, "ASSOCIATION", "OMB_CHAIR,OMB_SECRETARY")).isTrue();
	}

	@Test
	void aChairHasNoPermissionInAnotherAssociation() {
		assertThat(evaluator.hasPermission(chairOf7, 8L, "ASSOCIATION", "OMB_CHAIR")).isFalse();
	}

	@Test
	void theSameIdOfAnotherScopeTypeIsAnotherScope() {
		assertThat(evaluator.hasPermission(chairOf7, 7L, "SECTION", "OMB_CHAIR")).isFalse();
		assertThat(evaluator.hasPermission(chairOf7, 7L, "ORGANIZATION", "OMB_CHAIR")).isFalse();
	}

	@Test
	void holdingTheScopeWithAnotherRoleIsNotEnough() {
		assertThat(evaluator.hasPermission(chairOf7, 7L, "ASSOCIATION", "OMB_SECRETARY,SECTION_HEAD")).isFalse();
	}

	@Test
	void aRoleHeldOnThePlatformCoversEveryScope() {
		Authentication expert = authentication(2, "expert@omb.test", onPlatform(Role.EXPERT));
		assertThat(evaluator.hasPermission(expert, 7L, "ASSOCIATION", "EXPERT")).isTrue();
		assertThat(evaluator.hasPermission(expert, 12L, "SECTION", "EXPERT")).isTrue();
		assertThat(evaluator.hasPermission(expert, null, "PLATFORM", "EXPERT")).isTrue();
	}

	@Test
	void aScopedRoleDoesNotCoverThePlatform() {
		assertThat(evaluator.hasPermission(chairOf7, null, "PLATFORM", "OMB_CHAIR")).isFalse();
	}

	@Test
	void anAdministratorIsNotAChairUnlessTheRuleNamesAdministrators() {
		Authentication admin = authentication(3, "admin@omb.test", onPlatform(Role.ADMIN));
		assertThat(evaluator.hasPermission(admin, 7L, "ASSOCIATION", "OMB_CHAIR,OMB_SECRETARY")).isFalse();
		assertThat(evaluator.hasPermission(admin, 7L, "ASSOCIATION", "OMB_CHAIR,ADMIN")).isTrue();
	}

	@Test
	void aPlainRoleAuthorityWithoutAScopeGivesNoScopedPermission() {
		var roleOnly = new TestingAuthenticationToken("x", null, "ROLE_OMB_CHAIR");
		assertThat(evaluator.hasPermission(roleOnly, 7L, "ASSOCIATION", "OMB_CHAIR")).isFalse();
	}

	@Test
	void anAuthorityWrittenAsTextCountsLikeTheTypedOne() {
		var text = new TestingAuthenticationToken("x", null, "ROLE_SECTION_HEAD", "SECTION_HEAD@SECTION:12");
		assertThat(evaluator.hasPermission(text, 12, "section", "SECTION_HEAD")).isTrue();
		assertThat(evaluator.hasPermission(text, "12", "SECTION", "SECTION_HEAD")).isTrue();
		assertThat(evaluator.hasPermission(text, 13, "SECTION", "SECTION_HEAD")).isFalse();
	}

	@Test
	void aGrantNoLongerInThePrincipalGivesNothing() {
		Authentication afterRevocation = authentication(1, "chair@omb.test");
		assertThat(evaluator.hasPermission(afterRevocation, 7L, "ASSOCIATION", "OMB_CHAIR")).isFalse();
	}

	@Test
	void anonymousVisitorsAndMissingIdsHaveNoPermission() {
		var anonymous = new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS", "OMB_CHAIR@ASSOCIATION:7"));
		assertThat(evaluator.hasPermission(anonymous, 7L, "ASSOCIATION", "OMB_CHAIR")).isFalse();
		assertThat(evaluator.hasPermission(null, 7L, "ASSOCIATION", "OMB_CHAIR")).isFalse();
		assertThat(evaluator.hasPermission(chairOf7, null, "ASSOCIATION", "OMB_CHAIR")).isFalse();
		assertThat(evaluator.hasPermission(chairOf7, "seven", "ASSOCIATION", "OMB_CHAIR")).isFalse();
	}

	@Test
	void acceptsRolesAsEnumsOrCollectionsAndScopesAsObjects() {
		assertThat(evaluator.hasPermission(chairOf7, 7L, "ASSOCIATION", Role.OMB_CHAIR)).isTrue();
		assertThat(evaluator.hasPermission(chairOf7, 7L, "ASSOCIATION", List.of(Role.EXPERT, Role.OMB_CHAIR))).isTrue();
		assertThat(evaluator.hasPermission(chairOf7, Scope.of(ScopeType.ASSOCIATION, 7), "OMB_CHAIR")).isTrue();
		assertThat(evaluator.hasPermission(chairOf7, Scope.of(ScopeType.ASSOCIATION, 9), "OMB_CHAIR")).isFalse();
		assertThat(evaluator.hasPermission(chairOf7, "not a scope", "OMB_CHAIR")).isFalse();
	}

	@Test
	void anUnknownRoleOrScopeTypeIsAProgrammingErrorNotADenial() {
		assertThatThrownBy(() -> evaluator.hasPermission(chairOf7, 7L, "ASSOCIATION", "OMB_KING"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> evaluator.hasPermission(chairOf7, 7L, "GALAXY", "OMB_CHAIR"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
