package kg.omb.news.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.DemoSignIn;
import kg.omb.shared.LocalizedText;

/**
 * The demo news ({@code omb.demo-data.enabled}): published items of four demo OMBs and of the whole portal, and one
 * portal item scheduled for three days ahead, each written and published through the news service as the demo
 * account that may (the OMB's secretary or chair, the authority's officer), so that every rule is checked and every
 * step audited. A start that finds news already, or lacks the demo accounts, creates nothing.
 */
@Component
// AdministratorBootstrap.ORDER (100) + 50: after the demo accounts, the OMBs and the documents
@Order(100 + 50)
@ConditionalOnBooleanProperty("omb.demo-data.enabled")
class NewsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NewsDemoData.class);

	private final NewsService news;

	private final NewsItems items;

	private final Accounts accounts;

	private final Associations associations;

	private final Clock clock;

	private final TransactionTemplate transactions;

	NewsDemoData(NewsService news, NewsItems items, Accounts accounts, Associations associations, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.news = news;
		this.items = items;
		this.accounts = accounts;
		this.associations = associations;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (items.count() > 0 || accounts.findByEmail(Demo.OFFICER.email).isEmpty()) {
			return;
		}
		List<Long> created = transactions.execute(status -> Demo.PUBLISHED.stream()
			.map(this::published)
			.flatMap(Optional::stream)
			.toList());
		transactions.executeWithoutResult(status -> scheduled());
		log.info("Demo news created: {}", created);
	}

	private Optional<Long> published(Demo.Item item) {
		if (item.author.associationId != null && associations.find(item.author.associationId).isEmpty()) {
			return Optional.empty();
		}
		return as(item.author, () -> {
			long id = news.create(item.author.associationId, item.title, item.body);
			news.publishNow(id, news.forEditing(id).version());
			return id;
		});
	}

	private void scheduled() {
		as(Demo.OFFICER, () -> {
			long id = news.create(null, Demo.SCHEDULED.title, Demo.SCHEDULED.body);
			news.schedule(id, news.forEditing(id).version(), clock.instant().plus(Duration.ofDays(3)));
			return id;
		});
	}

	private <T> Optional<T> as(Demo author, java.util.function.Supplier<T> work) {
		Optional<AccountView> account = accounts.findByEmail(author.email);
		return account.map(found -> DemoSignIn.as(found, author.grants(), work));
	}

	/** The demo authors, with the roles the identity demo data grants them, and what they publish. */
	enum Demo {

		SECRETARY("secretary@demo.omb.kg", "OMB_SECRETARY", 1L), CHAIR_LAW("chair-law@demo.omb.kg", "OMB_CHAIR", 2L),
		CHAIR_INFORMATICS("chair-informatics@demo.omb.kg", "OMB_CHAIR", 3L),
		CHAIR_HEALTH("chair-health@demo.omb.kg", "OMB_CHAIR", 4L),
		OFFICER("officer@demo.omb.kg", "AUTHORITY_OFFICER", null);

		final String email;

		final String role;

		final @Nullable Long associationId;

		Demo(String email, String role, @Nullable Long associationId) {
			this.email = email;
			this.role = role;
			this.associationId = associationId;
		}

		List<String> grants() {
			return List.of("ROLE_" + role, role + (associationId == null ? "@AUTHORITY:1" : "@ASSOCIATION:" + associationId));
		}

		record Item(Demo author, LocalizedText title, LocalizedText body) {
		}

		static final List<Item> PUBLISHED = List.of(
				new Item(SECRETARY, LocalizedText.of(
						"«Экономика» багыты боюнча мамлекеттик стандарттын долбоору коомдук талкууга коюлду",
						"Проект государственного стандарта по направлению «Экономика» вынесен на общественное обсуждение",
						"The draft state standard in Economics is open for public discussion"),
						LocalizedText.of(
								"<p>ОМБ 580100 «Экономика» багыты боюнча жогорку кесиптик билим берүүнүн мамлекеттик стандартынын долбоорун талкууга коёт. Сунуштарды порталда ар бир пункт боюнча калтырсаңыз болот.</p>",
								"<p>УМО выносит на обсуждение проект государственного стандарта высшего профессионального образования по направлению 580100 «Экономика». Замечания можно оставить на портале к каждому пункту.</p>",
								"<p>The OMB opens the draft state standard of higher professional education in 580100 Economics for discussion. Comments can be left on the portal for each clause.</p>")),
				new Item(CHAIR_LAW, LocalizedText.of("Юридикалык билим берүү боюнча методикалык семинар",
						"Методический семинар по юридическому образованию",
						"Methodological seminar on legal education"),
						LocalizedText.of(
								"<p>Юристтерди даярдоодо практикалык сабактарды уюштуруу боюнча семинар кийинки айда өтөт. Катышууга университеттердин окутуучулары чакырылат.</p>",
								"<p>В следующем месяце пройдёт семинар об организации практических занятий при подготовке юристов. Приглашаются преподаватели вузов.</p>",
								"<p>A seminar on practical classes in the training of lawyers takes place next month. University teachers are invited.</p>")),
				new Item(CHAIR_INFORMATICS, LocalizedText.of("Студенттик долбоорлордун республикалык сынагы",
						"Республиканский конкурс студенческих проектов",
						"National competition of student projects"),
						LocalizedText.of(
								"<p>Информатика боюнча ОМБ колледждердин жана университеттердин студенттеринин программалык долбоорлорунун сынагын жарыялайт.</p><ul><li>Арыздар: ай аягына чейин</li><li>Жыйынтыктар: порталда</li></ul>",
								"<p>УМО по информатике объявляет конкурс программных проектов студентов колледжей и вузов.</p><ul><li>Заявки: до конца месяца</li><li>Итоги: на портале</li></ul>",
								"<p>The Informatics OMB announces a competition of software projects by college and university students.</p><ul><li>Applications: until the end of the month</li><li>Results: on the portal</li></ul>")),
				new Item(CHAIR_HEALTH, LocalizedText.of("Саламаттык сактоо боюнча ОМБнун кезектеги отуруму",
						"Очередное заседание УМО по здравоохранению",
						"Regular meeting of the Health OMB"),
						LocalizedText.of(
								"<p>Отурумда медициналык колледждердин үлгү программалары каралат.</p>",
								"<p>На заседании будут рассмотрены примерные программы медицинских колледжей.</p>",
								"<p>The meeting considers the sample programmes of medical colleges.</p>")),
				new Item(OFFICER, LocalizedText.of("ОМБлордун бирдиктүү маалымат порталы иштей баштады",
						"Заработал единый информационный портал УМО",
						"The single information portal of the OMBs is open"),
						LocalizedText.of(
								"<p>Порталда ОМБлордун ченемдик документтери, талкуулары, чечимдери жана жаңылыктары кыргыз, орус жана англис тилдеринде жарыяланат.</p>",
								"<p>На портале публикуются нормативные документы, обсуждения, решения и новости УМО на кыргызском, русском и английском языках.</p>",
								"<p>The portal publishes the normative documents, discussions, decisions and news of the OMBs in Kyrgyz, Russian and English.</p>")));

		static final Item SCHEDULED = new Item(OFFICER, LocalizedText.of("Окуу жылынын жыйынтыктары боюнча кеңешме",
				"Совещание по итогам учебного года", "Meeting on the results of the academic year"),
				LocalizedText.of("<p>Ыйгарым укуктуу органдын ОМБлордун төрагалары менен кеңешмеси.</p>",
						"<p>Совещание уполномоченного органа с председателями УМО.</p>",
						"<p>A meeting of the authorized body with the chairs of the OMBs.</p>"));

	}

}
