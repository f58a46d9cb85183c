package kg.omb.documents.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.Region;
import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.documents.discussion.DispositionOutcome;
import kg.omb.documents.discussion.DocumentComment;
import kg.omb.documents.discussion.NewComment;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.documents.discussion.StakeholderKind;
import kg.omb.notifications.TestAccounts;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

/**
 * Documents for the public pages, made through the documents module's API as the OMB's secretary and chair and the
 * authority's officer would: a draft never published, a draft under discussion, a document in force with two
 * versions, a discussion and its complete disposition table.
 */
@TestComponent
public class PublicDocumentsFixture {

	static final long SECRETARY = 9301;

	static final long CHAIR = 9302;

	static final long OFFICER = 9303;

	static final long PARTICIPANT = 9304;

	static final long REPRESENTATIVE = 9305;

	static final String CLAUSE_3 = "<p>Окуу мөөнөтү күндүзгү окуу формасында <strong>төрт жыл</strong>.</p>";

	private final Documents documents;

	private final PublicDiscussion discussion;

	private final AssociationFixture associations;

	private final AdjustableClock clock;

	PublicDocumentsFixture(Documents documents, PublicDiscussion discussion, AssociationFixture associations,
			AdjustableClock clock, JdbcTemplate jdbc) {
		this.documents = documents;
		this.discussion = discussion;
		this.associations = associations;
		this.clock = clock;
		TestAccounts.ensure(jdbc, SECRETARY, "Нурлан Абдыкадыров", "ky");
		TestAccounts.ensure(jdbc, CHAIR, "Гүлнара Асанова", "ky");
		TestAccounts.ensure(jdbc, OFFICER, "Эрмек Жумабаев", "ru");
		TestAccounts.ensure(jdbc, PARTICIPANT, "Айгүл Осмонова", "ky");
		TestAccounts.ensure(jdbc, REPRESENTATIVE, "Бакыт Токтогулов", "ru");
	}

	public Omb omb(Region region) {
		return associations.standardOmb(region);
	}

	static String secretary(Omb omb) {
		return "OMB_SECRETARY@ASSOCIATION:" + omb.id();
	}

	static String chair(Omb omb) {
		return "OMB_CHAIR@ASSOCIATION:" + omb.id();
	}

	/** A draft with a chapter, a section and two clauses (2 and 3), never published. */
	long draft(Omb omb, String title, DocumentKind kind, @Nullable Long predecessorId) {
		return as(SECRETARY, secretary(omb), () -> {
			long id = documents.createDraft(new NewDocument(omb.id(), omb.sectionId(), kind,
					LocalizedText.of(title, title + " (ru)", title + " (en)"), Set.of(omb.codes().specialty()),
					Set.of("BACHELOR"), predecessorId)).id();
			documents.addClause(id, new ClauseEdit("I", ClauseLevel.CHAPTER, "Жалпы жоболор", "", null));
			documents.addClause(id, new ClauseEdit("1.1", ClauseLevel.SECTION, "Колдонуу чөйрөсү", "", null));
			documents.addClause(id, new ClauseEdit("2", ClauseLevel.CLAUSE, null,
					"<p>Стандарт бакалаврларды даярдоого колдонулат.</p><script>alert(1)</script>", null));
			documents.addClause(id, new ClauseEdit("3", ClauseLevel.CLAUSE, null, CLAUSE_3, null));
			return id;
		});
	}

	/** A draft that was never published: it must appear nowhere in public. */
	public long unpublishedDraft(Omb omb, String title) {
		return draft(omb, title, DocumentKind.STATE_STANDARD_HIGHER, null);
	}

	/** A draft whose public discussion is open for thirty days from today. */
	public long underDiscussion(Omb omb, String title) {
		long id = draft(omb, title, DocumentKind.STATE_STANDARD_HIGHER, null);
		as(SECRETARY, secretary(omb), () -> documents.openDiscussion(id, lock(id), Bishkek.today(clock).plusDays(30)));
		return id;
	}

	/** A comment of the participant on the whole document under discussion. */
	public long commentOnTheWholeDocument(long documentId, String text) {
		return as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(documentId,
				new NewComment(null, null, -1, text, StakeholderKind.CITIZEN, Region.CHUY, null)).id());
	}

	/** The OMB's secretary hides a comment from the public. */
	public void hide(Omb omb, long commentId, String reason) {
		as(SECRETARY, secretary(omb), () -> {
			discussion.hide(commentId, reason);
			return null;
		});
	}

	/** Comments of the participant on the whole document under discussion, numbered from 1. */
	public void commentsOnTheWholeDocument(long documentId, int count) {
		as(PARTICIPANT, "PARTICIPANT", () -> {
			for (int i = 1; i <= count; i++) {
				discussion.comment(documentId, new NewComment(null, null, -1, "Жалпы пикир № " + i,
						StakeholderKind.TEACHER, Region.CHUY, null));
			}
			return null;
		});
	}

	/**
	 * A document in force, approved by a real act: discussed (a comment on clause 3, accepted), version 2 changes
	 * clause 3, then reviewed, submitted and approved. Moves the clock 31 days on.
	 */
	public InForce inForce(Omb omb, String title, DocumentKind kind, @Nullable Long predecessorId) {
		return inForce(omb, title, kind, predecessorId, null);
	}

	/** The same, approved by an act that takes effect on the given day (the day of approval when null). */
	public InForce inForce(Omb omb, String title, DocumentKind kind, @Nullable Long predecessorId,
			@Nullable LocalDate effectiveOn) {
		long id = draft(omb, title, kind, predecessorId);
		as(SECRETARY, secretary(omb), () -> documents.openDiscussion(id, lock(id), Bishkek.today(clock).plusDays(30)));
		String clause3 = clause(id, 1, "3").key();
		long comment = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(id, new NewComment(clause3, "төрт жыл",
				-1, "Беш жыл болушу керек.", StakeholderKind.TEACHER, Region.OSH_CITY, null)).id());
		clock.advance(Duration.ofDays(31));
		as(SECRETARY, secretary(omb), () -> documents.closeDiscussion(id, lock(id)));
		as(SECRETARY, secretary(omb), () -> {
			documents.startNewVersion(id, lock(id), null);
			ClauseView working = clause(id, 2, "3");
			documents.editClause(id, working.id(), working.lock(), new ClauseEdit("3", ClauseLevel.CLAUSE, null,
					"<p>Окуу мөөнөтү күндүзгү окуу формасында <strong>беш жыл</strong>.</p>", null));
			documents.publishVersion(id, lock(id), "Окуу мөөнөтү өзгөрдү");
			discussion.dispose(comment, discussionVersion(id, comment), DispositionOutcome.ACCEPTED,
					"Мөөнөт беш жыл болду", clause3);
			return documents.sendToReview(id, lock(id));
		});
		as(CHAIR, chair(omb), () -> documents.passExpertReview(id, lock(id)));
		as(CHAIR, chair(omb), () -> documents.submitToAuthority(id, lock(id)));
		long act = associations.asAdministrator(() -> associations.act(ActIssuer.authority(omb.authorityId()),
				"ST-" + id, effectiveOn != null ? effectiveOn : Bishkek.today(clock)));
		if (kind.takes(kg.omb.documents.WorkflowStep.SUBMISSION)) {
			as(OFFICER, "AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId(), () -> documents.approve(id, lock(id), act));
		}
		return new InForce(id, act, clause3, comment);
	}

	public record InForce(long id, long actId, String clause3, long commentId) {
	}

	ClauseView clause(long documentId, int version, String number) {
		return documents.clauses(documentId, version)
			.stream()
			.filter(clause -> clause.number().equals(number))
			.findFirst()
			.orElseThrow();
	}

	private long discussionVersion(long documentId, long commentId) {
		return discussion.thread(documentId)
			.stream()
			.filter(comment -> comment.id() == commentId)
			.findFirst()
			.map(DocumentComment::getVersion)
			.orElseThrow();
	}

	private long lock(long documentId) {
		DocumentView document = documents.find(documentId).orElseThrow();
		return document.lock();
	}

	static <T> T as(long accountId, String role, Supplier<T> work) {
		return TestAccount.runAs(accountId, role, work);
	}

}
