package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.audit.AuditLog;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.ScopedRole;
import kg.omb.shared.web.Languages;

/**
 * One demo account per role ({@code omb.demo-data.enabled}), and a chair for each of the five demo OMBs, active at
 * once, with the scope the role needs. Their common password is {@code omb.demo-data.password} or, when that is
 * empty, a random one printed once to the log. Accounts that exist already are left alone, so a second start creates
 * nothing. The scopes name the bodies that the directory's and the association module's demo data create next (the
 * first authority, organisation, OMB, section and council), whose structural grants then agree with these.
 */
@Component
@Order(AdministratorBootstrap.ORDER + 10)
@ConditionalOnBooleanProperty("omb.demo-data.enabled")
class DemoAccounts implements ApplicationRunner {

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("admin@demo.omb.kg", "Айбек Асанов", Role.ADMIN, Scope.PLATFORM),
			new Demo("officer@demo.omb.kg", "Гүлнара Осмонова", Role.AUTHORITY_OFFICER,
					Scope.of(ScopeType.AUTHORITY, 1)),
			new Demo("council@demo.omb.kg", "Бакыт Жумабеков", Role.COUNCIL_MEMBER, Scope.of(ScopeType.COUNCIL, 1)),
			new Demo("chair@demo.omb.kg", "Айгүл Токтогулова", Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, 1)),
			new Demo("secretary@demo.omb.kg", "Нургүл Сатыбалдиева", Role.OMB_SECRETARY,
					Scope.of(ScopeType.ASSOCIATION, 1)),
			new Demo("section-head@demo.omb.kg", "Эрлан Абдыкадыров", Role.SECTION_HEAD,
					Scope.of(ScopeType.SECTION, 1)),
			new Demo("member@demo.omb.kg", "Жылдыз Мамбетова", Role.OMB_MEMBER, Scope.of(ScopeType.ASSOCIATION, 1)),
			new Demo("expert@demo.omb.kg", "Талант Кадыров", Role.EXPERT, Scope.of(ScopeType.ASSOCIATION, 1)),
			new Demo("representative@demo.omb.kg", "Мээрим Усенова", Role.ORG_REPRESENTATIVE,
					Scope.of(ScopeType.ORGANIZATION, 1)),
			new Demo("participant@demo.omb.kg", "Азамат Бекболотов", Role.PARTICIPANT, null),
			// the chairs of the other four demo OMBs (each OMB has one, confirmed by the authority's order)
			new Demo("chair-law@demo.omb.kg", "Марат Сыдыков", Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, 2)),
			new Demo("chair-informatics@demo.omb.kg", "Елена Ковалева", Role.OMB_CHAIR,
					Scope.of(ScopeType.ASSOCIATION, 3)),
			new Demo("chair-health@demo.omb.kg", "Чолпон Жээнбекова", Role.OMB_CHAIR,
					Scope.of(ScopeType.ASSOCIATION, 4)),
			new Demo("chair-education@demo.omb.kg", "Жаныл Осмоналиева", Role.OMB_CHAIR,
					Scope.of(ScopeType.ASSOCIATION, 5)));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountRepository accounts;

	private final RoleGrantRepository grants;

	private final PasswordEncoder passwordEncoder;

	private final StartupPasswords startupPasswords;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final String configuredPassword;

	DemoAccounts(AccountRepository accounts, RoleGrantRepository grants, PasswordEncoder passwordEncoder,
			StartupPasswords startupPasswords, AuditLog audit, Clock clock,
			PlatformTransactionManager transactionManager,
			@Value("${omb.demo-data.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.grants = grants;
		this.passwordEncoder = passwordEncoder;
		this.startupPasswords = startupPasswords;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<Demo> missing = ACCOUNTS.stream().filter(demo -> !accounts.existsByEmail(demo.email())).toList();
		if (missing.isEmpty()) {
			return;
		}
		String password = configuredPassword;
		if (password.isEmpty()) {
			password = GeneratedPasswords.generate(startupPasswords.policy(), "demo@demo.omb.kg");
		}
		else {
			for (Demo demo : missing) {
				startupPasswords.require(password, demo.email(), "OMB_DEMO_PASSWORD (omb.demo-data.password)");
			}
		}
		String hash = passwordEncoder.encode(password);
		transactions.executeWithoutResult(status -> missing.forEach(demo -> create(demo, hash)));
		if (configuredPassword.isEmpty()) {
			log.warn("Demo accounts password: {} (for {} and the other demo accounts)", password,
					missing.get(0).email());
		}
		else {
			log.info("Demo accounts created: {}", missing.stream().map(Demo::email).toList());
		}
	}

	private void create(Demo demo, String hash) {
		Instant now = Instant.now(clock);
		Account account;
		if (demo.scope() == null) {
			account = Account.participant(demo.email(), demo.displayName(), hash, Languages.DEFAULT,
					StakeholderKind.TEACHER);
			account.verifyEmail(now);
		}
		else {
			account = Account.staff(demo.email(), demo.displayName(), hash, Languages.DEFAULT, now);
		}
		account = accounts.save(account);
		if (demo.scope() != null) {
			grants.save(new RoleGrant(account.id(), new ScopedRole(demo.role(), demo.scope()), now, null, null, null));
		}
		audit.record("account.created", "account", account.id(), Map.of("by", "demo-data", "role", demo.role().name()));
	}

	/** A demo account: a participant has no grant (no scope). */
	record Demo(String email, String displayName, Role role, @Nullable Scope scope) {
	}

}
