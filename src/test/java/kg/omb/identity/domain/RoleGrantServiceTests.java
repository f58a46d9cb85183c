package kg.omb.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.identity.IdentityIntegrationTest;
import kg.omb.identity.IdentityTestConfiguration.ChairWork;
import kg.omb.identity.MutableClock;
import kg.omb.identity.Role;
import kg.omb.identity.RoleGranted;
import kg.omb.identity.RoleRevoked;
import kg.omb.identity.Scope;
import kg.omb.identity.TestPrincipal;
import kg.omb.identity.ScopeType;
import kg.omb.identity.domain.IdentityFixtures.Person;

import static kg.omb.identity.TestPrincipal.in;
import static kg.omb.identity.TestPrincipal.onPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IdentityIntegrationTest
@Transactional
@RecordApplicationEvents
class RoleGrantServiceTests {

	static final Scope OMB_7 = Scope.of(ScopeType.ASSOCIATION, 7);

	@Autowired
	RoleGrantService service;

	@Autowired
	AccountAdministration administration;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChairWork chairWork;

	@Autowired
	@SuppressWarnings("rawtypes")
	FindByIndexNameSessionRepository sessions;

	Person admin;

	@BeforeEach
	void signInAnAdministrator() {
		clock.set(MutableClock.BASE);
		admin = fixtures.person("Admin", onPlatform(Role.ADMIN));
		signIn(admin.authentication());
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void grantingARoleRecordsWhoGrantedItAuditsItAndAnnouncesIt(ApplicationEvents events) {
		Person person = fixtures.person("Aigul");
		Instant until = MutableClock.BASE.plus(Duration.ofDays(365));

		long grantId = service.grant(new GrantCommand(person.id(), Role.OMB_CHAIR, OMB_7, null, until, 31L));

		AccountDetails details = administration.account(person.id());
		assertThat(details.currentGrants()).singleElement().satisfies(grant -> {
			assertThat(grant.role()).isEqualTo(Role.OMB_CHAIR);
			assertThat(grant.scope()).isEqualTo(OMB_7);
			assertThat(grant.validFrom()).isEqualTo(MutableClock.BASE);
			assertThat(grant.validTo()).isEqualTo(until);
			assertThat(grant.grantedBy()).isEqualTo(admin.displayName());
			assertThat(grant.legalActId()).isEqualTo(31L);
			assertThat(grant.state()).isEqualTo(GrantState.EFFECTIVE);
		});
		assertThat(events.stream(RoleGranted.class)).containsExactly(new RoleGranted(grantId, person.id(),
				Role.OMB_CHAIR, OMB_7, MutableClock.BASE, until, admin.id(), 31L));
		assertThat(auditOf(person.id())).singleElement().satisfies(entry -> {
			assertThat(entry.get("action")).isEqualTo("role.granted");
			assertThat(entry.get("actor_account_id")).isEqualTo(admin.id());
			assertThat((String) entry.get("details")).contains("\"role\":\"OMB_CHAIR\"", "\"scopeType\":\"ASSOCIATION\"",
					"\"scopeId\":7", "\"legalActId\":31", "\"grantId\":" + grantId);
		});
	}

	@Test
	void revokingARoleKeepsItInTheHistoryAuditsItAndAnnouncesIt(ApplicationEvents events) {
		Person person = fixtures.person("Bakyt", in(Role.OMB_MEMBER, ScopeType.ASSOCIATION, 7));
		long grantId = person.grantIds().get(0);
		clock.advance(Duration.ofHours(1));

		service.revoke(grantId, fixtures.grantVersion(grantId));

		AccountDetails details = administration.account(person.id());
		assertThat(details.currentGrants()).isEmpty();
		assertThat(details.pastGrants()).singleElement().satisfies(grant -> {
			assertThat(grant.state()).isEqualTo(GrantState.REVOKED);
			assertThat(grant.revokedBy()).isEqualTo(admin.displayName());
			assertThat(grant.revokedAt()).isEqualTo(MutableClock.BASE.plus(Duration.ofHours(1)));
		});
		assertThat(events.stream(RoleRevoked.class)).containsExactly(new RoleRevoked(grantId, person.id(),
				Role.OMB_MEMBER, OMB_7, MutableClock.BASE.plus(Duration.ofHours(1)), admin.id()));
		assertThat(auditOf(person.id())).extracting(entry -> entry.get("action")).containsExactly("role.revoked");
	}

	@Test
	void aRuleThatRefusesTheGrantChangesNothing(ApplicationEvents events) {
		Person person = fixtures.person("Cholpon", in(Role.OMB_CHAIR, ScopeType.ASSOCIATION, 7));

		assertThatThrownBy(() -> service.grant(new GrantCommand(person.id(), Role.OMB_CHAIR, OMB_7, null, null, null)))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("grant.error.duplicate");
		assertThatThrownBy(
				() -> service.grant(new GrantCommand(person.id(), Role.SECTION_HEAD, OMB_7, null, null, null)))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.field()).isEqualTo("scopeType"));

		assertThat(administration.account(person.id()).currentGrants()).hasSize(1);
		assertThat(events.stream(RoleGranted.class)).isEmpty();
		assertThat(auditOf(person.id())).isEmpty();
	}

	@Test
	void aDeactivatedAccountGetsNoNewRole() {
		Person person = fixtures.person("Dinara");
		administration.deactivate(person.id(), fixtures.accountVersion(person.id()));

		assertThatThrownBy(() -> service.grant(new GrantCommand(person.id(), Role.EXPERT, Scope.PLATFORM, null, null,
				null)))
			.hasMessage("grant.error.deactivated");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@SuppressWarnings("unchecked")
	void deactivatingAnAccountSignsItOutEverywhereAndKeepsItsGrants() {
		Person person = fixtures.person("Signed in", in(Role.EXPERT, ScopeType.ASSOCIATION, 3));
		Session session = sessions.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, person.email());
		sessions.save(session);
		assertThat(sessions.findByPrincipalName(person.email())).hasSize(1);

		administration.deactivate(person.id(), fixtures.accountVersion(person.id()));

		assertThat(sessions.findByPrincipalName(person.email())).isEmpty();
		AccountDetails details = administration.account(person.id());
		assertThat(details.status()).isEqualTo(AccountStatus.DEACTIVATED);
		assertThat(details.currentGrants()).hasSize(1);
		assertThat(auditOf(person.id())).extracting(entry -> entry.get("action")).containsExactly("account.deactivated");
	}

	@Test
	void theLastAdministratorOfThePlatformCannotLoseTheRole() {
		fixtures.makeOnlyAdministrator(admin.id());
		Person former = fixtures.person("Former admin");
		// a principal that still says ADMIN, though no ADMIN grant of that account is in force any more
		signIn(TestPrincipal.authentication(former.id(), former.email(), onPlatform(Role.ADMIN)));

		long onlyAdminGrant = admin.grantIds().get(0);
		assertThatThrownBy(() -> service.revoke(onlyAdminGrant, fixtures.grantVersion(onlyAdminGrant)))
			.hasMessage("grant.error.last-admin");
		assertThatThrownBy(() -> administration.deactivate(admin.id(), fixtures.accountVersion(admin.id())))
			.hasMessage("admin.error.last-admin");
	}

	@Test
	void anAdministratorCannotRevokeTheirOwnLastAdministratorRoleEvenWhenOthersRemain() {
		fixtures.person("Second admin", onPlatform(Role.ADMIN));
		long mine = admin.grantIds().get(0);

		assertThatThrownBy(() -> service.revoke(mine, fixtures.grantVersion(mine)))
			.hasMessage("grant.error.own-last-admin");
		assertThatThrownBy(() -> administration.deactivate(admin.id(), fixtures.accountVersion(admin.id())))
			.hasMessage("admin.error.deactivate-self");
	}

	@Test
	void anotherAdministratorsRoleMayBeRevokedWhileOneRemains() {
		Person second = fixtures.person("Second admin", onPlatform(Role.ADMIN));
		long theirs = second.grantIds().get(0);

		service.revoke(theirs, fixtures.grantVersion(theirs));

		assertThat(administration.account(second.id()).currentGrants()).isEmpty();
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aRevocationBasedOnAnOutdatedVersionIsRefusedAsStale() {
		Person person = fixtures.person("Emil", in(Role.EXPERT, ScopeType.ASSOCIATION, 7));
		long grantId = person.grantIds().get(0);
		long seen = fixtures.grantVersion(grantId);
		service.revoke(grantId, seen);

		assertThatThrownBy(() -> service.revoke(grantId, seen))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void onlyAdministratorsMayGrantRevokeOrAdministerAccounts() {
		Person person = fixtures.person("Farida");
		Person chair = fixtures.person("Chair", in(Role.OMB_CHAIR, ScopeType.ASSOCIATION, 7));
		signIn(chair.authentication());

		assertThatThrownBy(() -> service.grant(new GrantCommand(person.id(), Role.OMB_MEMBER, OMB_7, null, null, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.revoke(chair.grantIds().get(0), 0))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.search("", 0)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.deactivate(person.id(), 0)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void searchFindsAccountsByPartOfTheNameOrEmailAndShowsTheirCurrentRoles() {
		Person person = fixtures.person("Zhyldyz", in(Role.SECTION_HEAD, ScopeType.SECTION, 12));

		var byName = administration.search("zhyldyz", 0);
		assertThat(byName.getContent()).singleElement().satisfies(found -> {
			assertThat(found.id()).isEqualTo(person.id());
			assertThat(found.roles()).containsExactly(in(Role.SECTION_HEAD, ScopeType.SECTION, 12));
		});
		assertThat(administration.search(person.email().toUpperCase(), 0).getContent()).hasSize(1);
		assertThat(administration.search("100%_", 0).getContent()).isEmpty();
	}

	@Test
	void methodSecurityUnderstandsScopedPermissions() {
		signIn(fixtures.person("Chair", in(Role.OMB_CHAIR, ScopeType.ASSOCIATION, 7),
				in(Role.SECTION_HEAD, ScopeType.SECTION, 12)).authentication());

		assertThat(chairWork.approveWorkPlan(7)).isEqualTo("approved 7");
		assertThatThrownBy(() -> chairWork.approveWorkPlan(8)).isInstanceOf(AccessDeniedException.class);
		assertThat(chairWork.editSection(12)).isEqualTo("edited 12");
		assertThatThrownBy(() -> chairWork.editSection(13)).isInstanceOf(AccessDeniedException.class);

		signIn(admin.authentication());
		assertThatThrownBy(() -> chairWork.approveWorkPlan(7)).as("an administrator is not every chair")
			.isInstanceOf(AccessDeniedException.class);
	}

	List<Map<String, Object>> auditOf(long accountId) {
		return jdbc.queryForList(
				"select action, actor_account_id, details from audit_entry where target_type = 'account' "
						+ "and target_id = ? order by id",
				String.valueOf(accountId));
	}

	static void signIn(Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}
