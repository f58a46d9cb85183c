package kg.omb.identity.domain;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;

import kg.omb.audit.AuditLog;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.ScopedRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/** A first start without a configured administrator password, with demo data: what it creates and prints. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = { "omb.admin.password=", "omb.demo-data.enabled=true" })
@AutoConfigureMockMvc
class StartupAccountsTests {

	static final Pattern ADMIN_PASSWORD = Pattern
		.compile("One-time administrator password for admin@omb\\.local: (\\S+)");

	static final Pattern DEMO_PASSWORD = Pattern.compile("Demo accounts password: (\\S+)");

	@Autowired
	AccountRepository accounts;

	@Autowired
	RoleGrantRepository grants;

	@Autowired
	AdministratorBootstrap administratorBootstrap;

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	StartupPasswords startupPasswords;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void theFirstStartCreatesOneAdministratorWithAOneTimePasswordPrintedOnce(CapturedOutput output) {
		assertThat(ADMIN_PASSWORD.matcher(output.getOut()).results().count()).isEqualTo(1);
		assertThat(output.getOut()).contains("WARN").doesNotContain("test-platform-key");
		String password = only(ADMIN_PASSWORD, output.getOut());
		assertThat(password).hasSize(20);

		Account admin = accounts.findByEmail("admin@omb.local").orElseThrow();
		assertThat(admin.isActive()).isTrue();
		assertThat(admin.isPasswordChangeRequired()).isTrue();
		assertThat(grants.findEffective(admin.id(), clock.instant())).extracting(RoleGrant::scopedRole)
			.containsExactly(new ScopedRole(Role.ADMIN, Scope.PLATFORM));

		assertThat(mvc.perform(formLogin("/login").userParameter("email").user("admin@omb.local").password(password)))
			.matches(authenticated().withRoles("ADMIN"));
	}

	@Test
	void aSecondStartCreatesAndPrintsNothing(CapturedOutput output) throws Exception {
		long before = accounts.count();
		long grantsBefore = grants.count();
		int printed = ADMIN_PASSWORD.matcher(output.getOut()).results().toList().size()
				+ DEMO_PASSWORD.matcher(output.getOut()).results().toList().size();

		administratorBootstrap.run(new DefaultApplicationArguments());
		demoAccounts.run(new DefaultApplicationArguments());

		assertThat(accounts.count()).isEqualTo(before);
		assertThat(grants.count()).isEqualTo(grantsBefore);
		assertThat(ADMIN_PASSWORD.matcher(output.getOut()).results().count()
				+ DEMO_PASSWORD.matcher(output.getOut()).results().count())
			.isEqualTo(printed);
	}

	@Test
	void demoDataHasOneActiveAccountPerRoleWithItsScope(CapturedOutput output) {
		assertThat(DEMO_PASSWORD.matcher(output.getOut()).results().count()).isEqualTo(1);
		String password = only(DEMO_PASSWORD, output.getOut());

		assertThat(DemoAccounts.ACCOUNTS).extracting(DemoAccounts.Demo::role).contains(Role.values());
		for (DemoAccounts.Demo demo : DemoAccounts.ACCOUNTS) {
			Account account = accounts.findByEmail(demo.email()).orElseThrow();
			assertThat(account.isActive()).as(demo.email()).isTrue();
			assertThat(account.isPasswordChangeRequired()).as(demo.email()).isFalse();
			var held = grants.findEffective(account.id(), clock.instant()).stream().map(RoleGrant::scopedRole).toList();
			if (demo.role() == Role.PARTICIPANT) {
				assertThat(held).isEmpty();
			}
			else {
				assertThat(held).as(demo.email()).containsExactly(new ScopedRole(demo.role(), demo.scope()));
			}
		}
		assertThat(accounts.findByEmail("chair@demo.omb.kg").orElseThrow().getDisplayName())
			.isEqualTo("Айгүл Токтогулова");
		assertThat(grants.findEffective(accounts.findByEmail("chair@demo.omb.kg").orElseThrow().id(), clock.instant()))
			.extracting(RoleGrant::getScope)
			.containsExactly(Scope.of(ScopeType.ASSOCIATION, 1));

		assertThat(mvc.perform(formLogin("/login").userParameter("email").user("chair@demo.omb.kg").password(password)))
			.matches(authenticated().withRoles("OMB_CHAIR"));
	}

	@Test
	void aConfiguredAdministratorPasswordMustPassThePolicy() {
		var bootstrap = new AdministratorBootstrap(accounts, grants, passwordEncoder, startupPasswords, audit, clock,
				transactionManager, "root@omb.local", "password1234");
		assertThatThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("OMB_ADMIN_PASSWORD")
			.hasMessageContaining("This password is too common");
		assertThat(accounts.findByEmail("root@omb.local")).isEmpty();
	}

	static String only(Pattern pattern, String output) {
		Matcher matcher = pattern.matcher(output);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
