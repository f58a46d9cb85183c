package kg.omb.identity.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.identity.IdentityIntegrationTest;
import kg.omb.identity.MutableClock;
import kg.omb.identity.Role;
import kg.omb.identity.ScopeType;
import kg.omb.identity.domain.AccountStatus;
import kg.omb.identity.domain.IdentityFixtures;
import kg.omb.identity.domain.IdentityFixtures.Person;

import static kg.omb.identity.TestPrincipal.in;
import static kg.omb.identity.TestPrincipal.onPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IdentityIntegrationTest
class AdminPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	MutableClock clock;

	Person admin;

	@BeforeEach
	void anAdministrator() {
		clock.set(MutableClock.BASE);
		admin = fixtures.person("Admin", onPlatform(Role.ADMIN));
	}

	@ParameterizedTest(name = "an administrator opens {0}")
	@ValueSource(strings = { "/admin", "/admin/accounts", "/admin/accounts?q=adm&page=0" })
	void administratorsOpenTheAdministration(String page) {
		assertThat(mvc.get().uri(page).with(authentication(admin.authentication()))).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"ky\"");
	}

	@Test
	void theDashboardLinksToAccountsAndTheAuditTrail() {
		assertThat(mvc.get().uri("/admin").with(authentication(admin.authentication()))).bodyText()
			.contains("href=\"/admin/accounts\"", "href=\"/admin/audit\"", "href=\"/account/two-factor\"",
					"Эсептик жазуулар", "Аудит журналы");
	}

	@ParameterizedTest(name = "{0} may not open the administration")
	@ValueSource(strings = { "OMB_CHAIR", "PARTICIPANT" })
	void otherRolesAreRefused(String role) {
		Role held = Role.valueOf(role);
		Person person = fixtures.person("Someone",
				held == Role.PARTICIPANT ? onPlatform(held) : in(held, ScopeType.ASSOCIATION, 7));
		for (String page : new String[] { "/admin", "/admin/accounts", "/admin/accounts/" + admin.id() }) {
			assertThat(mvc.get().uri(page).with(authentication(person.authentication())).accept(MediaType.TEXT_HTML))
				.hasStatus(403);
		}
		assertThat(mvc.post().uri("/admin/accounts/{id}/deactivate", admin.id()).param("version", "0")
			.with(authentication(person.authentication())).with(csrf())).hasStatus(403);
		assertThat(fixtures.status(admin.id())).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		assertThat(mvc.get().uri("/admin/accounts").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
	}

	@Test
	void searchShowsMatchingAccountsWithStatusAndRoles() {
		Person chair = fixtures.person("Nurlanbek", in(Role.OMB_CHAIR, ScopeType.ASSOCIATION, 7));
		assertThat(mvc.get().uri("/admin/accounts").param("q", "nurlanbek").with(authentication(admin.authentication())))
			.hasStatusOk()
			.bodyText()
			.contains(chair.displayName(), chair.email(), "Активдүү", "ОМБнын төрагасы · ОМБ №7", "Табылды: 1");
	}

	@Test
	void anHtmxSearchAnswersWithTheResultsFragmentOnly() {
		Person person = fixtures.person("Saltanat");
		assertThat(mvc.get().uri("/admin/accounts").param("q", "saltanat").header("HX-Request", "true")
			.with(authentication(admin.authentication()))).hasStatusOk()
			.bodyText()
			.contains("id=\"account-results\"", person.email())
			.doesNotContain("<html", "<nav");
	}

	@Test
	void searchPagesTwentyAtATime() {
		for (int i = 0; i < 21; i++) {
			fixtures.person("Pagingcase");
		}
		assertThat(mvc.get().uri("/admin/accounts").param("q", "pagingcase").with(authentication(admin.authentication())))
			.bodyText()
			.contains("Табылды: 21", "2 барактын 1-барагы", "page=1");
		assertThat(mvc.get().uri("/admin/accounts").param("q", "pagingcase").param("page", "1")
			.with(authentication(admin.authentication()))).bodyText().contains("2 барактын 2-барагы");
	}

	@Test
	void theAccountPageShowsCurrentGrantsAndGreyedHistoryWithWhoAndWhen() throws Exception {
		Person person = fixtures.person("Asel", in(Role.OMB_MEMBER, ScopeType.ASSOCIATION, 7),
				in(Role.EXPERT, ScopeType.ASSOCIATION, 7));
		long expertGrant = person.grantIds().get(1);
		assertThat(mvc.post().uri("/admin/accounts/{id}/grants/{grant}/revoke", person.id(), expertGrant)
			.param("version", "0").with(authentication(admin.authentication())).with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/admin/accounts/{id}", person.id()).header("Accept-Language", "en")
			.with(authentication(admin.authentication()))).hasStatusOk()
			.bodyText()
			.contains("OMB member · OMB №7", "In force", "grant-history", "Expert · OMB №7",
					"Revoked 07.01.2030 12:00 by " + admin.displayName());
	}

	@Test
	void grantingFromTheFormShowsTheNewRole() {
		Person person = fixtures.person("Bolot");
		assertThat(mvc.post().uri("/admin/accounts/{id}/grants", person.id()).param("role", "SECTION_HEAD")
			.param("scopeType", "SECTION").param("scopeId", "12").param("validTo", "2030-06-30")
			.with(authentication(admin.authentication())).with(csrf())).hasStatus3xxRedirection()
			.redirectedUrl().isEqualTo("/admin/accounts/" + person.id());
		assertThat(mvc.get().uri("/admin/accounts/{id}", person.id()).with(authentication(admin.authentication())))
			.bodyText()
			.contains("Секциянын жетекчиси · Секция №12", "07.01.2030 – 30.06.2030");
	}

	@Test
	void theGrantFormShowsTranslatedErrorsOnItsFields() {
		Person person = fixtures.person("Gulnara");
		assertThat(mvc.post().uri("/admin/accounts/{id}/grants", person.id()).param("scopeType", "ASSOCIATION")
			.param("scopeId", "abc").param("validTo", "not-a-date")
			.with(authentication(admin.authentication())).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("Ролду тандаңыз.", "Номер оң бүтүн сан болушу керек.", "Күндү туура киргизиңиз",
					"id=\"role-error\"", "aria-describedby=\"role-error\"", "is-invalid");

		assertThat(mvc.post().uri("/admin/accounts/{id}/grants", person.id()).header("Accept-Language", "ru")
			.param("role", "OMB_CHAIR").param("scopeType", "SECTION").param("scopeId", "3")
			.with(authentication(admin.authentication())).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("Роль председателя УМО назначается в УМО.", "id=\"scopeType-error\"");

		assertThat(mvc.post().uri("/admin/accounts/{id}/grants", person.id()).header("Accept-Language", "en")
			.param("role", "OMB_CHAIR").param("scopeType", "ASSOCIATION")
			.with(authentication(admin.authentication())).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("Give the id for this scope");
	}

	@Test
	void aDuplicateGrantIsReportedAboveTheForm() {
		Person person = fixtures.person("Kanat", in(Role.OMB_SECRETARY, ScopeType.ASSOCIATION, 4));
		assertThat(mvc.post().uri("/admin/accounts/{id}/grants", person.id()).header("Accept-Language", "en")
			.param("role", "OMB_SECRETARY").param("scopeType", "ASSOCIATION").param("scopeId", "4")
			.with(authentication(admin.authentication())).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("id=\"grant-errors\"", "already holds this role in this scope");
	}

	@Test
	void revokingAsksForConfirmationFirstAndWorksWithoutJavaScript() {
		Person person = fixtures.person("Meerim", in(Role.OMB_MEMBER, ScopeType.ASSOCIATION, 9));
		long grantId = person.grantIds().get(0);
		assertThat(mvc.get().uri("/admin/accounts/{id}/grants/{grant}/revoke", person.id(), grantId)
			.with(authentication(admin.authentication()))).hasStatusOk()
			.bodyText()
			.contains("method=\"post\"", "name=\"version\" value=\"0\"", "ОМБнын мүчөсү · ОМБ №9");
	}

	@Test
	void aStaleRevocationIsRefusedWithTheStaleEditMessage() {
		Person person = fixtures.person("Talant", in(Role.EXPERT, ScopeType.ASSOCIATION, 5));
		long grantId = person.grantIds().get(0);
		Person secondAdmin = fixtures.person("Second admin", onPlatform(Role.ADMIN));

		assertThat(mvc.post().uri("/admin/accounts/{id}/grants/{grant}/revoke", person.id(), grantId)
			.param("version", "0").with(authentication(admin.authentication())).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/admin/accounts/{id}/grants/{grant}/revoke", person.id(), grantId)
			.param("version", "0").with(authentication(secondAdmin.authentication())).with(csrf()))
			.hasStatus(409)
			.bodyText()
			.contains("Бул жазууну башка бирөө сизден мурун өзгөрттү.");
	}

	@Test
	void deactivatingAndReactivatingKeepTheAccountAndRefuseStaleVersions() {
		Person person = fixtures.person("Ermek", in(Role.OMB_MEMBER, ScopeType.ASSOCIATION, 2));
		assertThat(mvc.get().uri("/admin/accounts/{id}/deactivate", person.id())
			.with(authentication(admin.authentication()))).hasStatusOk().bodyText().contains("name=\"version\"");
		assertThat(mvc.post().uri("/admin/accounts/{id}/deactivate", person.id()).param("version", "0")
			.with(authentication(admin.authentication())).with(csrf())).hasStatus3xxRedirection();
		assertThat(fixtures.status(person.id())).isEqualTo(AccountStatus.DEACTIVATED);

		assertThat(mvc.post().uri("/admin/accounts/{id}/reactivate", person.id()).param("version", "0")
			.with(authentication(admin.authentication())).with(csrf())).hasStatus(409)
			.bodyText()
			.contains("Бул жазууну башка бирөө сизден мурун өзгөрттү.");
		assertThat(mvc.post().uri("/admin/accounts/{id}/reactivate", person.id())
			.param("version", String.valueOf(fixtures.accountVersion(person.id())))
			.with(authentication(admin.authentication())).with(csrf())).hasStatus3xxRedirection();
		assertThat(fixtures.status(person.id())).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void anAdministratorCannotDeactivateThemselves() {
		assertThat(mvc.post().uri("/admin/accounts/{id}/deactivate", admin.id()).param("version", "0")
			.with(authentication(admin.authentication())).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("Өзүңүздүн эсептик жазууңузду өчүрө албайсыз.");
	}

	@Test
	void anUnknownAccountAnswers404() {
		assertThat(mvc.get().uri("/admin/accounts/{id}", 987654321L).accept(MediaType.TEXT_HTML)
			.with(authentication(admin.authentication()))).hasStatus(404);
	}

}
