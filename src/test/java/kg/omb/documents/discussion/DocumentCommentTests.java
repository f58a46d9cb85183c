package kg.omb.documents.discussion;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import kg.omb.directory.Region;
import kg.omb.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentCommentTests {

	private static final DiscussionWindow WINDOW = new DiscussionWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 30));

	private static final Instant AT = Instant.parse("2026-12-02T06:00:00Z");

	private static final CommentAuthor TEACHER = new CommentAuthor(7, "Айгүл Осмонова", StakeholderKind.TEACHER,
			Region.OSH_CITY, null);

	private static final CommentedClause CLAUSE_3 = new CommentedClause("c3",
			"Окуу мөөнөтү күндүзгү окуу формасында төрт жыл.");

	@Test
	void aCommentOnAPassageKeepsTheQuoteAndWhereItStands() {
		DocumentComment comment = DocumentComment.post(TEACHER, 1, 10, CLAUSE_3, new Selection("төрт жыл", 37),
				"Беш жыл болушу керек.", WINDOW, LocalDate.of(2026, 12, 2), AT);

		assertThat(comment.getClauseKey()).isEqualTo("c3");
		assertThat(comment.getAnchor().quote()).isEqualTo("төрт жыл");
		assertThat(comment.getAnchor().start()).isEqualTo(CLAUSE_3.plainText().indexOf("төрт жыл"));
		assertThat(comment.needsDisposition()).isTrue();
	}

	@Test
	void aPassageWhoseOffsetIsWrongIsPlacedByItsWords() {
		DocumentComment comment = DocumentComment.post(TEACHER, 1, 10, CLAUSE_3, new Selection(" күндүзгү ", -1),
				"Сырттан окуу жөнүндө да айтуу керек.", WINDOW, LocalDate.of(2026, 12, 2), AT);

		assertThat(comment.getAnchor().start()).isEqualTo(13);
		assertThat(comment.getAnchor().end()).isEqualTo(21);
	}

	@Test
	void refusesAPassageThatIsNotInTheClause() {
		assertThatThrownBy(() -> DocumentComment.post(TEACHER, 1, 10, CLAUSE_3, new Selection("үч жыл", 5), "Текст",
				WINDOW, LocalDate.of(2026, 12, 2), AT))
			.isInstanceOf(DomainException.class).hasMessageStartingWith("documents.discussion.quote-not-in-clause");
	}

	@Test
	void refusesCommentsBeforeTheWindowOpensAndAfterItCloses() {
		assertThatThrownBy(() -> DocumentComment.post(TEACHER, 1, 10, null, null, "Эрте", WINDOW,
				LocalDate.of(2026, 11, 30), AT))
			.isInstanceOf(DomainException.class).hasMessageStartingWith("documents.discussion.not-open-yet");
		assertThatThrownBy(() -> DocumentComment.post(TEACHER, 1, 10, null, null, "Кеч", WINDOW,
				LocalDate.of(2026, 12, 31), AT))
			.isInstanceOf(DomainException.class).hasMessageStartingWith("documents.discussion.closed");
	}

	@Test
	void takesCommentsOnTheFirstAndTheLastDay() {
		assertThat(DocumentComment.post(TEACHER, 1, 10, null, null, "Биринчи күн", WINDOW, WINDOW.opensOn(), AT))
			.isNotNull();
		assertThat(DocumentComment.post(TEACHER, 1, 10, null, null, "Акыркы күн", WINDOW, WINDOW.closesOn(), AT))
			.isNotNull();
	}

	@Test
	void refusesAnEmptyOrOverlongText() {
		assertThatThrownBy(() -> DocumentComment.post(TEACHER, 1, 10, null, null, "   ", WINDOW,
				LocalDate.of(2026, 12, 2), AT))
			.hasMessageStartingWith("documents.discussion.text-required");
		assertThatThrownBy(() -> DocumentComment.post(TEACHER, 1, 10, null, null, "ы".repeat(5001), WINDOW,
				LocalDate.of(2026, 12, 2), AT))
			.hasMessageStartingWith("documents.discussion.text-too-long");
	}

	@Test
	void anOfficialCommentSpeaksForItsOrganization() {
		var representative = new CommentAuthor(8, "Бакыт Токтогулов", StakeholderKind.EMPLOYER, Region.CHUY, 42L);

		DocumentComment comment = DocumentComment.post(representative, 1, 10, null, null, "Уюмдун пикири", WINDOW,
				LocalDate.of(2026, 12, 2), AT);

		assertThat(comment.isOfficial()).isTrue();
		assertThat(comment.getStakeholder()).isEqualTo(StakeholderKind.ORGANIZATION);
	}

	@Test
	void aReplyFollowsItsThreadAndNeedsNoDispositionOfItsOwn() {
		DocumentComment comment = saved(DocumentComment.post(TEACHER, 1, 10, CLAUSE_3, null, "Суроо", WINDOW,
				LocalDate.of(2026, 12, 2), AT), 5L);

		DocumentComment reply = comment.reply(TEACHER, "Жооп", WINDOW, LocalDate.of(2026, 12, 3), AT);

		assertThat(reply.getParentId()).isEqualTo(5L);
		assertThat(reply.getClauseKey()).isEqualTo("c3");
		assertThat(reply.needsDisposition()).isFalse();
	}

	@Test
	void aHiddenCommentKeepsItsReasonTakesNoRepliesAndNeedsNoDisposition() {
		DocumentComment comment = saved(DocumentComment.post(TEACHER, 1, 10, null, null, "Жарнама", WINDOW,
				LocalDate.of(2026, 12, 2), AT), 5L);

		comment.hide("Жарнама, талкууга тиешеси жок", 99, AT);

		assertThat(comment.isHidden()).isTrue();
		assertThat(comment.getHiddenReason()).isEqualTo("Жарнама, талкууга тиешеси жок");
		assertThat(comment.needsDisposition()).isFalse();
		assertThatThrownBy(() -> comment.reply(TEACHER, "Жооп", WINDOW, LocalDate.of(2026, 12, 3), AT))
			.hasMessageStartingWith("documents.discussion.reply-to-hidden");
		assertThatThrownBy(() -> comment.hide("дагы", 99, AT)).hasMessageStartingWith("documents.discussion.already-hidden");
	}

	@Test
	void hidingNeedsAReason() {
		DocumentComment comment = DocumentComment.post(TEACHER, 1, 10, null, null, "Текст", WINDOW,
				LocalDate.of(2026, 12, 2), AT);

		assertThatThrownBy(() -> comment.hide(" ", 99, AT)).hasMessageStartingWith("documents.discussion.hide-reason-required");
		assertThat(comment.isHidden()).isFalse();
	}

	@Test
	void aDispositionComesOnlyAfterTheWindowAndNeedsAJustification() {
		DocumentComment comment = DocumentComment.post(TEACHER, 1, 10, CLAUSE_3, null, "Беш жыл", WINDOW,
				LocalDate.of(2026, 12, 2), AT);

		assertThatThrownBy(() -> comment.dispose(DispositionOutcome.ACCEPTED, "Туура", "c3", 3, WINDOW,
				WINDOW.closesOn(), AT))
			.hasMessageStartingWith("documents.discussion.dispose-before-close");
		assertThatThrownBy(() -> comment.dispose(DispositionOutcome.REJECTED, "", null, 3, WINDOW,
				LocalDate.of(2026, 12, 31), AT))
			.hasMessageStartingWith("documents.discussion.justification-required");

		comment.dispose(DispositionOutcome.PARTLY_ACCEPTED, "Мөөнөт беш жылга чейин узартылды", "c3", 3, WINDOW,
				LocalDate.of(2026, 12, 31), AT);

		assertThat(comment.isDisposed()).isTrue();
		assertThat(comment.getChangedClauseKey()).isEqualTo("c3");
	}

	@Test
	void aRejectionPointsToNoChangedClause() {
		DocumentComment comment = DocumentComment.post(TEACHER, 1, 10, CLAUSE_3, null, "Беш жыл", WINDOW,
				LocalDate.of(2026, 12, 2), AT);

		comment.dispose(DispositionOutcome.REJECTED, "Мыйзамга ылайык төрт жыл", "c3", 3, WINDOW,
				LocalDate.of(2026, 12, 31), AT);

		assertThat(comment.getChangedClauseKey()).isNull();
	}

	@Test
	void theWindowCountsTheDaysLeftIncludingToday() {
		assertThat(WINDOW.daysLeft(LocalDate.of(2026, 12, 30))).isEqualTo(1);
		assertThat(WINDOW.daysLeft(LocalDate.of(2026, 12, 1))).isEqualTo(30);
		assertThat(WINDOW.daysLeft(LocalDate.of(2026, 11, 1))).isEqualTo(30);
		assertThat(WINDOW.daysLeft(LocalDate.of(2026, 12, 31))).isZero();
	}

	private static DocumentComment saved(DocumentComment comment, long id) {
		ReflectionTestUtils.setField(comment, "id", id);
		return comment;
	}

}
