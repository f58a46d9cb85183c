package kg.omb.documents.discussion;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.directory.Region;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.domain.Clause;
import kg.omb.documents.domain.ClauseRepository;
import kg.omb.documents.domain.DocumentRepository;
import kg.omb.documents.domain.DocumentVersion;
import kg.omb.documents.domain.NormativeDocument;
import kg.omb.documents.domain.VersionRepository;
import kg.omb.notifications.TestAccounts;
import kg.omb.shared.Actor;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.WithAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The discussion of a draft through its service: the window by the server's clock, roles, notices, figures. */
@SpringBootTest
@Import(AdjustableClock.Configuration.class)
class PublicDiscussionTests {

	static final long PARTICIPANT = 9101;

	static final long SECRETARY = 9102;

	static final long REPRESENTATIVE = 9103;

	static final String CLAUSE_TEXT = "<p>Окуу мөөнөтү күндүзгү окуу формасында <strong>төрт жыл</strong>.</p>";

	@Autowired
	PublicDiscussion discussion;

	@Autowired
	DocumentComments comments;

	@Autowired
	DocumentRepository documents;

	@Autowired
	VersionRepository versions;

	@Autowired
	ClauseRepository clauses;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AdjustableClock clock;

	@Autowired
	DispositionTable table;

	long documentId;

	@BeforeEach
	void draftUnderDiscussion() {
		TestAccounts.ensure(jdbc, PARTICIPANT, "Айгүл Осмонова", "ky");
		TestAccounts.ensure(jdbc, SECRETARY, "Нурлан Абдыкадыров", "ky");
		TestAccounts.ensure(jdbc, REPRESENTATIVE, "Бакыт Токтогулов", "ru");
		clock.set(java.time.Instant.parse("2026-12-02T06:00:00Z"));
		LocalDate today = Bishkek.today(clock);
		Actor chair = new Actor(SECRETARY, "secretary", null);
		documentId = transactions.execute(status -> {
			NormativeDocument document = documents.save(new NormativeDocument(7, 3L, DocumentKind.STATE_STANDARD_HIGHER,
					LocalizedText.of("Экономика багыты боюнча МББС", "ГОС по направлению Экономика", null),
					List.of("580100"), List.of("BACHELOR"), null, chair, clock.instant()));
			DocumentVersion version = versions.save(new DocumentVersion(document.id(), 1, "Биринчи долбоор"));
			clauses.save(new Clause(version, "k3", "3", ClauseLevel.CLAUSE, null, CLAUSE_TEXT, 3));
			document.openDiscussion(today, today.plusDays(30), 30, chair, clock.instant());
			return document.id();
		});
	}

	@Test
	@WithAccount(value = PARTICIPANT, roles = "PARTICIPANT")
	void aParticipantCommentsOnAPassageSelectedInAClause() {
		DocumentComment comment = discussion.comment(documentId, new NewComment("k3", "төрт жыл", 41,
				"Беш жыл болушу керек.", StakeholderKind.TEACHER, Region.OSH_CITY, null));

		assertThat(comment.getAnchor().quote()).isEqualTo("төрт жыл");
		assertThat(comment.getAuthorName()).isEqualTo("Айгүл Осмонова");
		DiscussionFigures figures = discussion.figures(documentId);
		assertThat(figures.total()).isEqualTo(1);
		assertThat(figures.byClause()).containsEntry("k3", 1L);
		assertThat(figures.byStakeholder()).containsEntry(StakeholderKind.TEACHER, 1L);
		assertThat(figures.byRegion()).containsEntry(Region.OSH_CITY, 1L);
		assertThat(discussion.undisposed(documentId)).isEqualTo(1);
	}

	@Test
	@WithAccount(value = PARTICIPANT, roles = "PARTICIPANT")
	void theServerRefusesCommentsOnceTheWindowHasClosed() {
		clock.advance(Duration.ofDays(31));

		assertThatThrownBy(() -> discussion.comment(documentId, wholeDocument("Кеч калган пикир")))
			.isInstanceOf(DomainException.class).hasMessageStartingWith("documents.discussion.closed");
		assertThat(comments.findByDocumentIdOrderByPostedAtAscIdAsc(documentId)).isEmpty();
	}

	@Test
	@WithAccount(value = PARTICIPANT, roles = "PARTICIPANT")
	void onlyARepresentativeFilesAnOfficialComment() {
		assertThatThrownBy(() -> discussion.comment(documentId, new NewComment(null, null, -1, "Уюмдун атынан",
				StakeholderKind.EMPLOYER, Region.CHUY, 42L)))
			.hasMessageStartingWith("documents.discussion.not-a-representative");
	}

	@Test
	@WithAccount(value = REPRESENTATIVE, roles = "ORG_REPRESENTATIVE@ORGANIZATION:42")
	void aRepresentativeFilesAnOfficialCommentOnBehalfOfTheOrganization() {
		DocumentComment comment = discussion.comment(documentId, new NewComment(null, null, -1, "Мнение организации",
				StakeholderKind.EMPLOYER, Region.CHUY, 42L));

		assertThat(comment.isOfficial()).isTrue();
		assertThat(comment.getOrganizationId()).isEqualTo(42L);
	}

	@Test
	void theSecretaryHidesACommentWithAReasonAndItsAuthorIsTold() {
		long commentId = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId, wholeDocument("Жарнама")).id());

		assertThatThrownBy(() -> as(PARTICIPANT, "PARTICIPANT", () -> {
			discussion.hide(commentId, "жарнама");
			return 0L;
		})).isInstanceOf(AccessDeniedException.class);
		as(SECRETARY, "OMB_SECRETARY@ASSOCIATION:7", () -> {
			discussion.hide(commentId, "Жарнама, талкууга тиешеси жок");
			return 0L;
		});

		assertThat(comments.findById(commentId).orElseThrow().isHidden()).isTrue();
		assertThat(discussion.undisposed(documentId)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and title_key = ?",
				Integer.class, PARTICIPANT, "documents.notice.hidden.title")).isPositive();
	}

	@Test
	void afterTheWindowTheDraftersDisposeOfEveryCommentAndTheCommenterIsTold() {
		long commentId = as(PARTICIPANT, "PARTICIPANT",
				() -> discussion.comment(documentId, new NewComment("k3", null, -1, "Беш жыл", StakeholderKind.STUDENT, null, null)).id());
		long version = comments.findById(commentId).orElseThrow().getVersion();

		assertThatThrownBy(() -> as(SECRETARY, "OMB_SECRETARY@ASSOCIATION:7", () -> {
			discussion.dispose(commentId, version, DispositionOutcome.ACCEPTED, "Туура", "k3");
			return 0L;
		})).hasMessageStartingWith("documents.discussion.dispose-wrong-step");

		clock.advance(Duration.ofDays(31));
		transactions.executeWithoutResult(status -> documents.findById(documentId).orElseThrow()
			.closeDiscussion(Bishkek.today(clock), Actor.system(), clock.instant()));
		assertThatThrownBy(() -> as(PARTICIPANT, "PARTICIPANT", () -> {
			discussion.dispose(commentId, version, DispositionOutcome.REJECTED, "Жок", null);
			return 0L;
		})).isInstanceOf(AccessDeniedException.class);
		as(SECRETARY, "OMB_SECRETARY@ASSOCIATION:7", () -> {
			discussion.dispose(commentId, version, DispositionOutcome.PARTLY_ACCEPTED, "Мөөнөт беш жыл болду", "k3");
			return 0L;
		});

		assertThat(discussion.undisposed(documentId)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and body_key = ?",
				Integer.class, PARTICIPANT, "documents.notice.disposed.PARTLY_ACCEPTED")).isPositive();
		assertThatThrownBy(() -> as(SECRETARY, "OMB_SECRETARY@ASSOCIATION:7", () -> {
			discussion.dispose(commentId, version, DispositionOutcome.REJECTED, "Эски версиядан", null);
			return 0L;
		})).hasMessageStartingWith("documents.discussion.stale");
	}

	@Test
	void aSectionHeadOfTheDraftingSectionMayDisposeButNotOfAnotherSection() {
		long commentId = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId, wholeDocument("Пикир")).id());
		clock.advance(Duration.ofDays(31));
		transactions.executeWithoutResult(status -> documents.findById(documentId).orElseThrow()
			.closeDiscussion(Bishkek.today(clock), Actor.system(), clock.instant()));
		long version = comments.findById(commentId).orElseThrow().getVersion();

		assertThatThrownBy(() -> as(SECRETARY, "SECTION_HEAD@SECTION:4", () -> {
			discussion.dispose(commentId, version, DispositionOutcome.NOT_RELEVANT, "Тиешеси жок", null);
			return 0L;
		})).isInstanceOf(AccessDeniedException.class);
		as(SECRETARY, "SECTION_HEAD@SECTION:3", () -> {
			discussion.dispose(commentId, version, DispositionOutcome.NOT_RELEVANT, "Тиешеси жок", null);
			return 0L;
		});
		assertThat(discussion.undisposed(documentId)).isZero();
	}

	@Test
	void theDispositionTableListsEveryOpeningCommentWithItsOutcomeInPdfAndXlsx() throws Exception {
		long onClause = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId,
				new NewComment("k3", "төрт жыл", -1, "Беш жыл болсун", StakeholderKind.TEACHER, Region.NARYN, null)).id());
		as(PARTICIPANT, "PARTICIPANT", () -> discussion.reply(onClause, "Мен да макулмун", StakeholderKind.TEACHER, null).id());
		as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId, wholeDocument("Жалпы жактырам")).id());
		clock.advance(Duration.ofDays(31));
		transactions.executeWithoutResult(status -> documents.findById(documentId).orElseThrow()
			.closeDiscussion(Bishkek.today(clock), Actor.system(), clock.instant()));
		long version = comments.findById(onClause).orElseThrow().getVersion();
		as(SECRETARY, "OMB_SECRETARY@ASSOCIATION:7", () -> {
			discussion.dispose(onClause, version, DispositionOutcome.REJECTED, "Мыйзам боюнча төрт жыл", null);
			return 0L;
		});

		List<DispositionRow> rows = table.rows(documentId);

		assertThat(rows).extracting(DispositionRow::number, DispositionRow::clauseNumber, DispositionRow::quote,
				DispositionRow::outcome)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "3", "төрт жыл", DispositionOutcome.REJECTED),
					org.assertj.core.groups.Tuple.tuple(2, null, null, null));
		var pdf = new java.io.ByteArrayOutputStream();
		table.writePdf(documentId, java.util.Locale.forLanguageTag("ky"), pdf);
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
				.contains("Сын-пикирлердин жыйынтык таблицасы", "Экономика багыты боюнча МББС", "Беш жыл болсун",
						"Кабыл алынган жок", "Мыйзам боюнча төрт жыл", "Документ толугу менен", "Каралган жок");
		}
		var xlsx = new java.io.ByteArrayOutputStream();
		table.writeTable(documentId, kg.omb.shared.table.TableFormat.XLSX, java.util.Locale.forLanguageTag("ru"), xlsx);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Обоснование");
			assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Отклонено");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Документ в целом");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
		}
	}

	private static NewComment wholeDocument(String text) {
		return new NewComment(null, null, -1, text, StakeholderKind.CITIZEN, Region.BISHKEK_CITY, null);
	}

	private static long as(long accountId, String role, java.util.function.Supplier<Long> action) {
		return kg.omb.support.TestAccount.runAs(accountId, role, action);
	}

}
