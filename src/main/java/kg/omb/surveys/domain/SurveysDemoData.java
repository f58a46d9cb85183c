package kg.omb.surveys.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.association.Associations;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationSector;
import kg.omb.directory.OrganizationView;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.DemoSignIn;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.surveys.domain.Views.AnswerView;

/**
 * The demo's "training of specialists" request ({@code omb.demo-data.enabled}): designed by the chair of OMB 1 for
 * the economics group, sent for each of the last five years and answered by every demo organisation that teaches,
 * each answer accepted, so that trends and forecasts show something; and this year's round, open, which the
 * organisations have not answered yet. The figures follow a steady trend per specialty with a little noise of
 * each organisation's own, drawn from a fixed seed, so every start makes the same series. A university reports
 * only its higher-education levels and a college only its secondary vocational ones. A start that finds the
 * request, or lacks the chair's account or OMB 1, creates nothing.
 */
@Component
// AdministratorBootstrap.ORDER (100) + 50: after the demo accounts, the directory, the OMBs and the documents
@Order(100 + 50)
@ConditionalOnBooleanProperty("omb.demo-data.enabled")
class SurveysDemoData implements ApplicationRunner {

	static final String CHAIR = "chair@demo.omb.kg";

	static final String ADMIN = "admin@demo.omb.kg";

	static final long OMB = 1;

	static final String GROUP = "580000";

	static final int YEARS = 5;

	static final LocalizedText TITLE = LocalizedText.of("Адистерди даярдоо", "Подготовка специалистов",
			"Training of specialists");

	private static final Logger log = LoggerFactory.getLogger(SurveysDemoData.class);

	private final SurveyService surveys;

	private final SurveyTemplates templates;

	private final Associations associations;

	private final Directory directory;

	private final Accounts accounts;

	private final Clock clock;

	private final TransactionTemplate transactions;

	SurveysDemoData(SurveyService surveys, SurveyTemplates templates, Associations associations, Directory directory,
			Accounts accounts, Clock clock, PlatformTransactionManager transactionManager) {
		this.surveys = surveys;
		this.templates = templates;
		this.associations = associations;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Optional<AccountView> chair = accounts.findByEmail(CHAIR);
		Optional<AccountView> admin = accounts.findByEmail(ADMIN);
		if (chair.isEmpty() || admin.isEmpty() || associations.find(OMB).isEmpty()
				|| directory.classifierEntry(GROUP).isEmpty()
				|| !templates.findByOwnerTypeAndOwnerIdInOrderByIdDesc(OwnerType.ASSOCIATION, Set.of(OMB)).isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		Integer answered = transactions.execute(status -> build(chair.get(), admin.get()));
		log.info("Demo request created: {} rounds, {} answers accepted ({} ms)", YEARS + 1, answered,
				(System.nanoTime() - started) / 1_000_000);
	}

	private int build(AccountView chair, AccountView admin) {
		List<String> chairGrants = List.of("ROLE_OMB_CHAIR", "OMB_CHAIR@ASSOCIATION:" + OMB);
		LocalDate today = Bishkek.today(clock);
		long template = DemoSignIn.as(chair, chairGrants, this::design);
		Map<Long, OrganizationView> organizations = new HashMap<>();
		directory.organizations().forEach(organization -> organizations.put(organization.id(), organization));
		FormDefinition form = DemoSignIn.as(chair, chairGrants, () -> surveys.template(template).definition());
		int answered = 0;
		for (int year = today.getYear() - YEARS; year < today.getYear(); year++) {
			LocalDate deadline = LocalDate.of(year, 10, 15);
			int sentYear = year;
			long round = DemoSignIn.as(chair, chairGrants, () -> surveys.sendPast(template,
					new Commands.SendRound(sentYear, deadline, Set.of(), Set.of(), Set.of())));
			List<AnswerView> answers = DemoSignIn.as(chair, chairGrants, () -> surveys.answersOf(round));
			for (AnswerView answer : answers) {
				OrganizationView organization = organizations.get(answer.organizationId());
				AnswerInput input = figures(form, organization, sentYear);
				as(admin, organization.id(), () -> surveys.fillOn(answer.id(), answer.version(), input, true,
						deadline.minusDays(5 + organization.id() % 20)));
				DemoSignIn.as(chair, chairGrants, () -> {
					surveys.accept(answer.id(), answer.version() + 1);
					return null;
				});
				answered++;
			}
		}
		LocalDate deadline = today.plusDays(30);
		DemoSignIn.as(chair, chairGrants, () -> surveys.send(template, surveys.template(template).version(),
				new Commands.SendRound(today.getYear(), deadline, Set.of(), Set.of(), Set.of())));
		return answered;
	}

	private long design() {
		long template = surveys.createTemplate(OwnerType.ASSOCIATION, OMB, TITLE);
		surveys.addField(template, version(template), new FormField("total_enrolled", FieldKind.NUMBER,
				"Бардыгы кабыл алынды", "Всего принято", "Enrolled in all", true, 0L, 100_000L, null));
		surveys.addField(template, version(template), new FormField("responsible", FieldKind.TEXT,
				"Жооптуу адам", "Ответственное лицо", "Person responsible", true, null, null, null));
		column(template, "enrolled", "Кабыл алынды", "Принято", "Enrolled");
		column(template, "graduates", "Бүтүрүүчүлөр", "Выпускники", "Graduates");
		column(template, "employed", "Бир жылдын ичинде жумушка орношту", "Трудоустроены в течение года",
				"Employed within a year");
		column(template, "staff", "Окутуучулар", "Преподаватели", "Teaching staff");
		surveys.addSpecialty(template, version(template), GROUP);
		surveys.addRule(template, version(template), new FormRule(RuleKind.COLUMN_AT_MOST, "employed", "graduates"));
		surveys.addRule(template, version(template),
				new FormRule(RuleKind.COLUMN_TOTAL_EQUALS_FIELD, "enrolled", "total_enrolled"));
		return template;
	}

	private void column(long template, String code, String ky, String ru, String en) {
		surveys.addColumn(template, version(template), new FormColumn(code, ky, ru, en, null));
	}

	private long version(long template) {
		return surveys.template(template).version();
	}

	/**
	 * One organisation's figures for a year: enrolment grows or shrinks by a rate of the specialty's own, graduates
	 * follow four years of study at about 80%, about 70% of them find work, one teacher per fifteen students.
	 */
	static AnswerInput figures(FormDefinition form, OrganizationView organization, int year) {
		Map<CellRef, String> cells = new HashMap<>();
		long total = 0;
		for (FormRow row : form.rows()) {
			boolean vocational = row.levelCode().equals("SECONDARY_VOCATIONAL");
			boolean taught = organization.sectors()
				.contains(vocational ? EducationSector.SECONDARY_VOCATIONAL : EducationSector.HIGHER);
			long enrolled = 0;
			long graduates = 0;
			long employed = 0;
			long staff = 0;
			if (taught) {
				int seed = Math.floorMod((row.specialtyCode() + row.levelCode()).hashCode(), 1000);
				double rate = 0.94 + (seed % 13) / 100.0;
				double size = 20 + Math.floorMod(seed * 31 + (int) organization.id() * 17, 90);
				if (row.levelCode().equals("MASTER")) {
					size /= 4;
				}
				double noise = 1 + (Math.floorMod((int) organization.id() * 7919 + year * 104_729 + seed, 21) - 10)
						/ 100.0;
				int since = year - 2020;
				enrolled = Math.round(size * Math.pow(rate, since) * noise);
				graduates = Math.round(size * Math.pow(rate, since - 4) * 0.8);
				employed = Math.round(graduates * (0.62 + (seed % 15) / 100.0));
				staff = Math.max(1, Math.round(enrolled * 4 / 15.0));
			}
			total += enrolled;
			cells.put(new CellRef(row, "enrolled"), Long.toString(enrolled));
			cells.put(new CellRef(row, "graduates"), Long.toString(graduates));
			cells.put(new CellRef(row, "employed"), Long.toString(employed));
			cells.put(new CellRef(row, "staff"), Long.toString(staff));
		}
		return new AnswerInput(Map.of("total_enrolled", Long.toString(total), "responsible",
				organization.headName() == null ? "Окуу бөлүмү" : organization.headName()), cells);
	}

	private static <T> T as(AccountView admin, long organizationId, Supplier<T> work) {
		return DemoSignIn.as(admin, List.of("ROLE_ORG_REPRESENTATIVE", "ORG_REPRESENTATIVE@ORGANIZATION:" + organizationId),
				work);
	}

}
