package kg.omb.directory.domain;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActKind;
import kg.omb.directory.domain.DemoActs.Act;
import kg.omb.directory.domain.DemoOrganizations.Authority;
import kg.omb.directory.domain.DemoOrganizations.Body;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.DemoSignIn;
import kg.omb.shared.Bishkek;

/**
 * The demo directory ({@code omb.demo-data.enabled}): the two authorities, organisations in every region, the part
 * of the classifier the demo OMBs use (with a retired code and its successor), and the legal acts the association
 * module's demo data rests on, each with a generated scan except two. Everything goes through the directory's
 * services as the demo administrator, so it is checked and audited like a change made in the pages, in one
 * transaction. A start that finds the higher-education authority's code, or no demo accounts, creates nothing.
 */
@Component
// AdministratorBootstrap.ORDER (100, package-private in identity) + 20: after the demo accounts
@Order(100 + 20)
@ConditionalOnBooleanProperty("omb.demo-data.enabled")
class DirectoryDemoData implements ApplicationRunner {

	static final String ADMIN = "admin@demo.omb.kg";

	private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

	private final AuthorityAdministration authorities;

	private final OrganizationAdministration organizations;

	private final ClassifierAdministration classifier;

	private final LegalActRegistry acts;

	private final Directory directory;

	private final Accounts accounts;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final DemoActScans scans = new DemoActScans();

	DirectoryDemoData(AuthorityAdministration authorities, OrganizationAdministration organizations,
			ClassifierAdministration classifier, LegalActRegistry acts, Directory directory, Accounts accounts,
			Clock clock, PlatformTransactionManager transactionManager) {
		this.authorities = authorities;
		this.organizations = organizations;
		this.classifier = classifier;
		this.acts = acts;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Optional<AccountView> admin = accounts.findByEmail(ADMIN);
		if (admin.isEmpty() || directory.authorities()
			.stream()
			.anyMatch(authority -> authority.code().equals(DemoOrganizations.HIGHER_EDUCATION))) {
			return;
		}
		long started = System.nanoTime();
		Ids ids = DemoSignIn.as(admin.get(), List.of("ROLE_ADMIN", "ADMIN@PLATFORM"),
				() -> transactions.execute(status -> build()));
		if (ids.authorities().get(DemoOrganizations.HIGHER_EDUCATION) != 1
				|| ids.organizations().get(DemoOrganizations.ORGANIZATIONS.get(0).code()) != 1) {
			log.warn("Demo directory: the first authority and organisation did not get id 1, so the demo accounts' "
					+ "scopes (authority 1, organisation 1) name other bodies");
		}
		log.info("Demo directory created: {} authorities, {} organisations, {} classifier entries, {} acts ({} ms)",
				ids.authorities().size(), ids.organizations().size(), DemoClassifier.ENTRIES.size(),
				ids.acts().size(), (System.nanoTime() - started) / 1_000_000);
	}

	private Ids build() {
		LocalDate start = Bishkek.today(clock).minusMonths(11);
		Map<String, Long> authorityIds = new LinkedHashMap<>();
		for (Authority authority : DemoOrganizations.AUTHORITIES) {
			authorityIds.put(authority.details().code(), authorities.create(authority.details()));
		}
		Map<String, Long> organizationIds = new LinkedHashMap<>();
		for (Body body : DemoOrganizations.ORGANIZATIONS) {
			Long authority = body.authorityCode() == null ? null : authorityIds.get(body.authorityCode());
			organizationIds.put(body.code(), organizations.create(body.data(authority)));
		}
		Ids ids = new Ids(authorityIds, organizationIds, new LinkedHashMap<>());
		for (Act act : DemoActs.all()) {
			ids.acts().put(act.number(), record(act, start, ids));
		}
		classifier(start, ids.acts().get(DemoActs.CLASSIFIER_ORDER));
		return ids;
	}

	private long record(Act act, LocalDate start, Ids ids) {
		ActIssuer issuer = act.issuerType() == ActIssuer.Type.AUTHORITY
				? ActIssuer.authority(ids.authorities().get(act.issuerCode()))
				: ActIssuer.organization(ids.organizations().get(act.issuerCode()));
		LocalDate signedOn = start.plusDays(act.signedDay());
		LegalActData data = new LegalActData(LegalActKind.ORDER, issuer, act.number(), signedOn, act.title(),
				start.plusDays(act.effectiveDay()));
		if (!act.scanned()) {
			return acts.record(data, null);
		}
		byte[] pdf = scans.render(scan(act, signedOn));
		String name = "buiruk-" + act.number().replaceAll("[^0-9A-Za-z]+", "-") + ".pdf";
		return acts.record(data, new ScanUpload(new ByteArrayInputStream(pdf), name, pdf.length));
	}

	private static DemoActScans.Scan scan(Act act, LocalDate signedOn) {
		String issuerKy;
		String issuerRu;
		String position;
		String signatory;
		if (act.issuerType() == ActIssuer.Type.AUTHORITY) {
			Authority authority = DemoOrganizations.AUTHORITIES.stream()
				.filter(candidate -> candidate.details().code().equals(act.issuerCode()))
				.findFirst()
				.orElseThrow();
			issuerKy = authority.details().name().ky();
			issuerRu = authority.details().name().ru();
			position = authority.signatoryPosition();
			signatory = authority.signatoryName();
		}
		else {
			Body body = DemoOrganizations.ORGANIZATIONS.stream()
				.filter(candidate -> candidate.code().equals(act.issuerCode()))
				.findFirst()
				.orElseThrow();
			issuerKy = body.name().ky();
			issuerRu = body.name().ru();
			position = body.headPosition();
			signatory = body.headName();
		}
		return new DemoActScans.Scan(String.valueOf(issuerKy), String.valueOf(issuerRu), "БУЙРУК", "ПРИКАЗ",
				act.number(), signedOn, "Бишкек ш.", String.valueOf(act.title().ky()), String.valueOf(act.title().ru()),
				position, signatory);
	}

	/** The entries, then the history: the old Management code retired by the order, the education group renamed. */
	private void classifier(LocalDate start, long retirementOrder) {
		LocalDate succession = start.minusDays(30);
		for (DemoClassifier.Entry entry : DemoClassifier.ENTRIES) {
			classifier.create(entry.data(succession));
		}
		classifier.retire(DemoClassifier.RETIRED, classifier.editable(DemoClassifier.RETIRED).version(), succession,
				retirementOrder);
		var education = classifier.editable(DemoClassifier.RENAMED);
		classifier.edit(DemoClassifier.RENAMED, education.version(), DemoClassifier.RENAMED_TO,
				education.value().levelCodes());
	}

	/** What was created, by code (authorities, organisations) and by number (acts). */
	private record Ids(Map<String, Long> authorities, Map<String, Long> organizations, Map<String, Long> acts) {
	}

}
