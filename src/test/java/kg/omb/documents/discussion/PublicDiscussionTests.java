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

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.notifications.TestAccounts;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.WithAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The discussion of a draft through its service: the window by the server's clock, roles, notices, figures. */
@SpringBootTest
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
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
	Documents documents;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AdjustableClock clock;

	@Autowired
	DispositionTable table;

	long documentId;

	Omb omb;

	String clauseKey;

	String secretary;

	@BeforeEach
	void draftUnderDiscussion() {
		TestAccounts.ensure(jdbc, PARTICIPANT, "Айгүл Осмонова", "ky");
		TestAccounts.ensure(jdbc, SECRETARY, "Нурлан Абдыкадыров", "ky");
		TestAccounts.ensure(jdbc, REPRESENTATIVE, "Бакыт Токтогулов", "ru");
		clock.set(java.time.Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.standardOmb(Region.CHUY);
		secretary = "OMB_SECRETARY@ASSOCIATION:" + omb.id();
		documentId = as(SECRETARY, secretary, () -> {
			long id = documents.createDraft(new NewDocument(omb.id(), omb.sectionId(), DocumentKind.STATE_STANDARD_HIGHER,
					LocalizedText.of("Экономика багыты боюнча МББС", "ГОС по направлению Экономика", null),
					java.util.Set.of("580100"), java.util.Set.of("BACHELOR"), null)).id();
			documents.addClause(id, new ClauseEdit("3", ClauseLevel.CLAUSE, null, CLAUSE_TEXT, null));
			documents.openDiscussion(id, documents.find(id).orElseThrow().lock(), Bishkek.today(clock).plusDays(30));
			return id;
		});
		clauseKey = documents.clauses(documentId, 1).get(0).key();
	}

	void closeDiscussion() {
		clock.advance(Duration.ofDays(31));
		as(SECRETARY, secretary, () -> documents.closeDiscussion(documentId, documents.find(documentId).orElseThrow().lock()).id());
	}

	@Test
	@WithAccount(value = PARTICIPANT, roles = "PARTICIPANT")
	void aParticipantCommentsOnAPassageSelectedInAClause() {
		DocumentComment comment = discussion.comment(documentId, new NewComment(clauseKey, "төрт жыл", 41,
				"Беш жыл болушу керек.", StakeholderKind.TEACHER, Region.OSH_CITY, null));

		assertThat(comment.getAnchor().quote()).isEqualTo("төрт жыл");
		assertThat(comment.getAuthorName()).isEqualTo("Айгүл Осмонова");
		DiscussionFigures figures = discussion.figures(documentId);
		assertThat(figures.total()).isEqualTo(1);
		assertThat(figures.byClause()).containsEntry(clauseKey, 1L);
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
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		as(SECRETARY, secretary, () -> {
			discussion.hide(commentId, "Жарнама, талкууга тиешеси жок");
			return null;
		});

		assertThat(comments.findById(commentId).orElseThrow().isHidden()).isTrue();
		assertThat(discussion.undisposed(documentId)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and title_key = ?",
				Integer.class, PARTICIPANT, "documents.notice.hidden.title")).isPositive();
	}

	@Test
	void afterTheWindowTheDraftersDisposeOfEveryCommentAndTheCommenterIsTold() {
		long commentId = as(PARTICIPANT, "PARTICIPANT",
				() -> discussion.comment(documentId, new NewComment(clauseKey, null, -1, "Беш жыл", StakeholderKind.STUDENT, null, null)).id());
		long version = comments.findById(commentId).orElseThrow().getVersion();

		assertThatThrownBy(() -> as(SECRETARY, secretary, () -> {
			discussion.dispose(commentId, version, DispositionOutcome.ACCEPTED, "Туура", clauseKey);
			return null;
		})).hasMessageStartingWith("documents.discussion.dispose-wrong-step");

		closeDiscussion();
		assertThatThrownBy(() -> as(PARTICIPANT, "PARTICIPANT", () -> {
			discussion.dispose(commentId, version, DispositionOutcome.REJECTED, "Жок", null);
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		as(SECRETARY, secretary, () -> {
			discussion.dispose(commentId, version, DispositionOutcome.PARTLY_ACCEPTED, "Мөөнөт беш жыл болду", clauseKey);
			return null;
		});

		assertThat(discussion.undisposed(documentId)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and body_key = ?",
				Integer.class, PARTICIPANT, "documents.notice.disposed.PARTLY_ACCEPTED")).isPositive();
		assertThatThrownBy(() -> as(SECRETARY, secretary, () -> {
			discussion.dispose(commentId, version, DispositionOutcome.REJECTED, "Эски версиядан", null);
			return null;
		})).hasMessageStartingWith("documents.discussion.stale");
	}

	@Test
	void aSectionHeadOfTheDraftingSectionMayDisposeButNotOfAnotherSection() {
		long commentId = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId, wholeDocument("Пикир")).id());
		closeDiscussion();
		long version = comments.findById(commentId).orElseThrow().getVersion();

		assertThatThrownBy(() -> as(SECRETARY, "SECTION_HEAD@SECTION:" + (omb.sectionId() + 1000), () -> {
			discussion.dispose(commentId, version, DispositionOutcome.NOT_RELEVANT, "Тиешеси жок", null);
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		as(SECRETARY, "SECTION_HEAD@SECTION:" + omb.sectionId(), () -> {
			discussion.dispose(commentId, version, DispositionOutcome.NOT_RELEVANT, "Тиешеси жок", null);
			return null;
		});
		assertThat(discussion.undisposed(documentId)).isZero();
	}

	@Test
	void theDispositionTableListsEveryOpeningCommentWithItsOutcomeInPdfAndXlsx() throws Exception {
		long onClause = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId,
				new NewComment(clauseKey, "төрт жыл", -1, "Беш жыл болсун", StakeholderKind.TEACHER, Region.NARYN, null)).id());
		as(PARTICIPANT, "PARTICIPANT", () -> discussion.reply(onClause, "Мен да макулмун", StakeholderKind.TEACHER, null).id());
		as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId, wholeDocument("Жалпы жактырам")).id());
		closeDiscussion();
		long version = comments.findById(onClause).orElseThrow().getVersion();
		as(SECRETARY, secretary, () -> {
			discussion.dispose(onClause, version, DispositionOutcome.REJECTED, "Мыйзам боюнча төрт жыл", null);
			return null;
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

	@Test
	void theDraftCannotMoveOnWhileAnyCommentWaitsForItsDisposition() {
		long commentId = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId, wholeDocument("Пикир")).id());
		as(PARTICIPANT, "PARTICIPANT", () -> discussion.reply(commentId, "Жооп", StakeholderKind.CITIZEN, null).id());
		closeDiscussion();

		assertThatThrownBy(() -> as(SECRETARY, secretary,
				() -> documents.sendToReview(documentId, documents.find(documentId).orElseThrow().lock())))
			.isInstanceOf(DomainException.class).hasMessageStartingWith("documents.error.comments-without-disposition");

		long version = comments.findById(commentId).orElseThrow().getVersion();
		as(SECRETARY, secretary, () -> {
			discussion.dispose(commentId, version, DispositionOutcome.NOT_RELEVANT, "Тиешеси жок", null);
			return null;
		});
		assertThat(as(SECRETARY, secretary,
				() -> documents.sendToReview(documentId, documents.find(documentId).orElseThrow().lock())).status())
			.isEqualTo(kg.omb.documents.DocumentStatus.EXPERT_REVIEW);
	}

	@Test
	void aDraftReturnedForRevisionIsDisposedOfWhileDraftedAgainAndCannotGoToReviewBefore() {
		long commentId = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId, wholeDocument("Пикир")).id());
		closeDiscussion();
		String chair = "OMB_CHAIR@ASSOCIATION:" + omb.id();
		as(SECRETARY, chair, () -> documents.returnForRevision(documentId, lock(), "Алгач текстти оңдогула"));

		assertThatThrownBy(() -> as(SECRETARY, secretary, () -> documents.sendToReview(documentId, lock())))
			.isInstanceOf(DomainException.class).hasMessageStartingWith("documents.error.comments-without-disposition");
		assertThat(documents.find(documentId).orElseThrow().status()).isEqualTo(DocumentStatus.DRAFTING);
		assertThat(documents.find(documentId).orElseThrow().takesDispositions()).isTrue();

		long version = comments.findById(commentId).orElseThrow().getVersion();
		as(SECRETARY, secretary, () -> {
			discussion.dispose(commentId, version, DispositionOutcome.REJECTED, "Негизсиз", null);
			return null;
		});
		assertThat(as(SECRETARY, secretary, () -> documents.sendToReview(documentId, lock())).status())
			.isEqualTo(DocumentStatus.EXPERT_REVIEW);
		long disposed = comments.findById(commentId).orElseThrow().getVersion();
		assertThatThrownBy(() -> as(SECRETARY, secretary, () -> {
			discussion.dispose(commentId, disposed, DispositionOutcome.ACCEPTED, "Кийин оңдойбуз", null);
			return null;
		})).hasMessageStartingWith("documents.discussion.dispose-wrong-step");
		assertThat(comments.findById(commentId).orElseThrow().getDisposition()).isEqualTo(DispositionOutcome.REJECTED);
	}

	@Test
	void aDiscussedDraftIsNotOpenedForASecondDiscussion() {
		as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId, wholeDocument("Биринчи айлампа")).id());
		closeDiscussion();
		as(SECRETARY, "OMB_CHAIR@ASSOCIATION:" + omb.id(),
				() -> documents.returnForRevision(documentId, lock(), "Дагы талкуулагыла"));
		long before = lock();

		assertThatThrownBy(() -> as(SECRETARY, secretary,
				() -> documents.openDiscussion(documentId, before, Bishkek.today(clock).plusDays(30))))
			.isInstanceOf(DomainException.class).hasMessageStartingWith("documents.error.discussion-already-held");
		assertThat(documents.find(documentId).orElseThrow()).satisfies(document -> {
			assertThat(document.status()).isEqualTo(DocumentStatus.DRAFTING);
			assertThat(document.lock()).isEqualTo(before);
			assertThat(document.discussionClosesOn()).isEqualTo(Bishkek.today(clock).minusDays(1));
		});
	}

	@Test
	void noLaterStepIsTakenWhileACommentHasNoDispositionWhateverTheStatus() {
		long commentId = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId, wholeDocument("Пикир")).id());
		closeDiscussion();
		long version = comments.findById(commentId).orElseThrow().getVersion();
		as(SECRETARY, secretary, () -> {
			discussion.dispose(commentId, version, DispositionOutcome.NOT_RELEVANT, "Тиешеси жок", null);
			return null;
		});
		as(SECRETARY, secretary, () -> documents.sendToReview(documentId, lock()));
		// a comment left without a disposition by an earlier release, which checked only the disposition step
		jdbc.update("update document_comment set disposition = null where id = ?", commentId);

		String chair = "OMB_CHAIR@ASSOCIATION:" + omb.id();
		assertThatThrownBy(() -> as(SECRETARY, chair, () -> documents.passExpertReview(documentId, lock())))
			.isInstanceOf(DomainException.class).hasMessageStartingWith("documents.error.comments-without-disposition");
		jdbc.update("update normative_document set status = 'CHAIR_REVIEW' where id = ?", documentId);
		assertThatThrownBy(() -> as(SECRETARY, chair, () -> documents.submitToAuthority(documentId, lock())))
			.isInstanceOf(DomainException.class).hasMessageStartingWith("documents.error.comments-without-disposition");
		assertThat(documents.find(documentId).orElseThrow().status()).isEqualTo(DocumentStatus.CHAIR_REVIEW);
	}

	@Test
	void aDispositionPointingToAClauseTheWorkingVersionDoesNotHaveIsRefusedAndChangesNothing() {
		long commentId = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId, wholeDocument("Пикир")).id());
		closeDiscussion();
		long version = comments.findById(commentId).orElseThrow().getVersion();
		int notices = disposedNotices();

		assertThatThrownBy(() -> as(SECRETARY, secretary, () -> {
			discussion.dispose(commentId, version, DispositionOutcome.ACCEPTED, "Кабыл алынды", "no-such-clause");
			return null;
		})).isInstanceOf(DomainException.class).hasMessageStartingWith("documents.discussion.no-such-changed-clause");
		DocumentComment unchanged = comments.findById(commentId).orElseThrow();
		assertThat(unchanged.getDisposition()).isNull();
		assertThat(unchanged.getVersion()).isEqualTo(version);
		assertThat(disposedNotices()).isEqualTo(notices);

		as(SECRETARY, secretary, () -> documents.startNewVersion(documentId, lock(), "Экинчи версия"));
		as(SECRETARY, secretary, () -> {
			discussion.dispose(commentId, version, DispositionOutcome.ACCEPTED, "Кабыл алынды", clauseKey);
			return null;
		});
		assertThat(comments.findById(commentId).orElseThrow().getChangedClauseKey()).isEqualTo(clauseKey);
	}

	private int disposedNotices() {
		return jdbc.queryForObject("select count(*) from notification where account_id = ? and title_key = ?",
				Integer.class, PARTICIPANT, "documents.notice.disposed.title");
	}

	private long lock() {
		return documents.find(documentId).orElseThrow().lock();
	}

	private static NewComment wholeDocument(String text) {
		return new NewComment(null, null, -1, text, StakeholderKind.CITIZEN, Region.BISHKEK_CITY, null);
	}

	private static <T> T as(long accountId, String role, java.util.function.Supplier<T> action) {
		return kg.omb.support.TestAccount.runAs(accountId, role, action);
	}

}
