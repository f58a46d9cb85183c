package kg.omb.documents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.association.Associations;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.Region;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documents service as each role meets it: who drafts and edits, who reviews and submits, who approves;
 * the minimum discussion by the server clock, stale edits, published versions, supersession and the audit trail.
 */
@SpringBootTest
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class DocumentsServiceTests {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	Documents documents;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Associations associations;

	Omb omb;

	long accountId;

	@BeforeEach
	void oneOmb() {
		omb = fixture.standardOmb(Region.CHUY);
		accountId = fixture.asAdministrator(() -> fixture.account("Автор Авторов"));
	}

	String chair() {
		return "OMB_CHAIR@ASSOCIATION:" + omb.id();
	}

	String secretary() {
		return "OMB_SECRETARY@ASSOCIATION:" + omb.id();
	}

	String officer() {
		return "AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId();
	}

	NewDocument standard(@org.jspecify.annotations.Nullable Long sectionId) {
		return new NewDocument(omb.id(), sectionId, DocumentKind.STATE_STANDARD_HIGHER,
				LocalizedText.of("Педагогика багыты боюнча стандарт", null, null), Set.of("550000"),
				Set.of("BACHELOR"), null);
	}

	ClauseEdit clause(String number, String html) {
		return new ClauseEdit(number, ClauseLevel.CLAUSE, null, html, null);
	}

	@Test
	void theChairTheSecretaryAndTheSectionHeadDraftButAMemberMayNot() {
		assertThat(as(chair(), () -> documents.createDraft(standard(null))).status())
			.isEqualTo(DocumentStatus.DRAFTING);
		assertThat(as(secretary(), () -> documents.createDraft(standard(null))).currentVersion()).isEqualTo(1);
		String sectionHead = "SECTION_HEAD@SECTION:" + omb.sectionId();
		assertThat(as(sectionHead, () -> documents.createDraft(standard(omb.sectionId()))).sectionId())
			.isEqualTo(omb.sectionId());
		assertThatThrownBy(() -> as(sectionHead, () -> documents.createDraft(standard(omb.sectionId() + 1000))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("OMB_MEMBER@ASSOCIATION:" + omb.id(), () -> documents.createDraft(standard(null))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("OMB_CHAIR@ASSOCIATION:" + (omb.id() + 1000),
				() -> documents.createDraft(standard(null))))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void everyChangeIsAudited() {
		DocumentView draft = as(chair(), () -> documents.createDraft(standard(null)));
		as(chair(), () -> documents.addClause(draft.id(), clause("1.1", "<p>Жалпы жоболор</p>")));
		assertThat(jdbc.queryForList("select action from audit_entry where target_type = 'normative-document'"
				+ " and target_id = ? order by sequence_number", String.class, String.valueOf(draft.id())))
			.containsSubsequence("document.created", "document.clause.added");
	}

	@Test
	void theSecondOfTwoAuthorsSavingTheSameClauseIsRefused() {
		DocumentView draft = as(chair(), () -> documents.createDraft(standard(null)));
		ClauseView added = as(chair(), () -> documents.addClause(draft.id(), clause("1.1", "<p>Биринчи</p>")));
		ClauseView saved = as(secretary(),
				() -> documents.editClause(draft.id(), added.id(), added.lock(), clause("1.1", "<p>Экинчи</p>")));
		assertThat(saved.html()).isEqualTo("<p>Экинчи</p>");
		assertThatThrownBy(() -> as(chair(),
				() -> documents.editClause(draft.id(), added.id(), added.lock(), clause("1.1", "<p>Үчүнчү</p>"))))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void aDiscussionShorterThanTheMinimumByTheServerClockIsRefused() {
		DocumentView draft = as(chair(), () -> documents.createDraft(standard(null)));
		LocalDate today = Bishkek.today(clock);
		assertThatThrownBy(() -> as(chair(), () -> documents.openDiscussion(draft.id(), draft.lock(), today.plusDays(29))))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.discussion-too-short"));
		DocumentView open = as(chair(), () -> documents.openDiscussion(draft.id(), draft.lock(), today.plusDays(30)));
		assertThat(open.status()).isEqualTo(DocumentStatus.PUBLIC_DISCUSSION);
		assertThat(open.currentVersionPublished()).isTrue();
	}

	@Test
	void aStandardGoesFromDraftToForceAndSupersedesItsPreviousEdition() {
		DocumentView old = inForce(null);
		DocumentView next = inForce(old.id());

		assertThat(next.status()).isEqualTo(DocumentStatus.IN_FORCE);
		DocumentView superseded = documents.find(old.id()).orElseThrow();
		assertThat(superseded.status()).isEqualTo(DocumentStatus.SUPERSEDED);
		assertThat(superseded.successorId()).isEqualTo(next.id());
		assertThat(documents.timeline(next.id())).extracting(TimelineEntry::to)
			.containsExactly(DocumentStatus.DRAFTING, DocumentStatus.PUBLIC_DISCUSSION,
					DocumentStatus.DISPOSITION_OF_COMMENTS, DocumentStatus.EXPERT_REVIEW, DocumentStatus.CHAIR_REVIEW,
					DocumentStatus.SUBMITTED, DocumentStatus.IN_FORCE);
		assertThat(documents.timeline(next.id())).filteredOn(entry -> entry.from() == DocumentStatus.EXPERT_REVIEW)
			.singleElement()
			.satisfies(entry -> assertThat(entry.noteKey()).isEqualTo("documents.timeline.no-expert-review"));
		assertThat(next.expertReviewPerformed()).isFalse();
	}

	@Test
	void onlyTheChairReviewsAndSubmitsAndOnlyTheAuthorityApproves() {
		DocumentView inReview = toExpertReview(null);
		assertThatThrownBy(() -> as(secretary(), () -> documents.passExpertReview(inReview.id(), inReview.lock())))
			.isInstanceOf(AccessDeniedException.class);
		DocumentView chairReview = as(chair(), () -> documents.passExpertReview(inReview.id(), inReview.lock()));
		assertThatThrownBy(() -> as(secretary(), () -> documents.submitToAuthority(chairReview.id(), chairReview.lock())))
			.isInstanceOf(AccessDeniedException.class);
		DocumentView submitted = as(chair(), () -> documents.submitToAuthority(chairReview.id(), chairReview.lock()));
		long order = authorityAct();
		assertThatThrownBy(() -> as(chair(), () -> documents.approve(submitted.id(), submitted.lock(), order)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("AUTHORITY_OFFICER@AUTHORITY:" + (omb.authorityId() + 1000),
				() -> documents.approve(submitted.id(), submitted.lock(), order)))
			.isInstanceOf(AccessDeniedException.class);
		DocumentView returned = as(officer(),
				() -> documents.returnForRevision(submitted.id(), submitted.lock(), "Компетенцияларды тактагыла"));
		assertThat(returned.status()).isEqualTo(DocumentStatus.DRAFTING);
		assertThat(documents.timeline(returned.id()).get(documents.timeline(returned.id()).size() - 1).reason())
			.isEqualTo("Компетенцияларды тактагыла");
	}

	@Test
	void theApprovalCitesAnActOfTheAuthorityOverTheOmb() {
		DocumentView inReview = toExpertReview(null);
		DocumentView chairReview = as(chair(), () -> documents.passExpertReview(inReview.id(), inReview.lock()));
		DocumentView submitted = as(chair(), () -> documents.submitToAuthority(chairReview.id(), chairReview.lock()));
		long universityOrder = act(ActIssuer.organization(omb.baseOrganizationId()));

		assertThatThrownBy(() -> as(officer(), () -> documents.approve(submitted.id(), submitted.lock(), universityOrder)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("act.error.wrong-issuer"));
		assertThatThrownBy(() -> as(officer(), () -> documents.approve(submitted.id(), submitted.lock(), 987_654_321L)))
			.isInstanceOf(NotFoundException.class);
		assertThat(documents.find(submitted.id()).orElseThrow().status()).isEqualTo(DocumentStatus.SUBMITTED);

		long order = authorityAct();
		DocumentView approved = as(officer(), () -> documents.approve(submitted.id(), submitted.lock(), order));
		assertThat(approved.inForceActId()).isEqualTo(order);
		assertThat(approved.inForceSince()).as("the act's effective day").isEqualTo(AssociationFixture.ACT_DAY.plusMonths(8));
	}

	@Test
	void aPublishedVersionIsNotEditedButANewVersionIsComparedWithIt() {
		DocumentView draft = as(chair(), () -> documents.createDraft(standard(null)));
		ClauseView first = as(chair(), () -> documents.addClause(draft.id(), clause("1", "<p>Окуу мөөнөтү төрт жыл.</p>")));
		DocumentView published = as(chair(), () -> documents.publishVersion(draft.id(), draft.lock(), "Долбоор"));
		assertThatThrownBy(() -> as(chair(),
				() -> documents.editClause(draft.id(), first.id(), first.lock(), clause("1", "<p>x</p>"))))
			.isInstanceOf(DomainException.class);

		DocumentView second = as(chair(), () -> documents.startNewVersion(draft.id(), published.lock(), "Оңдоолор"));
		assertThat(second.currentVersion()).isEqualTo(2);
		ClauseView copy = documents.clauses(draft.id(), 2).get(0);
		as(secretary(), () -> documents.editClause(draft.id(), copy.id(), copy.lock(),
				clause("1", "<p>Окуу мөөнөтү беш жыл.</p>")));

		assertThat(documents.compare(draft.id(), 1, 2)).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(ClauseChange.Kind.CHANGED);
			assertThat(change.key()).isEqualTo(first.key());
		});
		assertThat(documents.clauses(draft.id(), 1).get(0).html()).isEqualTo("<p>Окуу мөөнөтү төрт жыл.</p>");
	}

	@Test
	void aStaleTransitionIsRefused() {
		DocumentView draft = as(chair(), () -> documents.createDraft(standard(null)));
		LocalDate closes = Bishkek.today(clock).plusDays(40);
		as(chair(), () -> documents.openDiscussion(draft.id(), draft.lock(), closes));
		assertThatThrownBy(() -> as(chair(), () -> documents.openDiscussion(draft.id(), draft.lock(), closes)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void theOmbDecidesOnItsOwnRecommendationAndTheChairRepealsIt() {
		DocumentView draft = as(secretary(), () -> documents.createDraft(new NewDocument(omb.id(), null,
				DocumentKind.INNOVATIVE_EXPERIENCE_MATERIAL, LocalizedText.of("Тажрыйба", null, null), Set.of(),
				Set.of(), null)));
		DocumentView review = as(secretary(), () -> documents.sendToReview(draft.id(), draft.lock()));
		assertThat(review.status()).isEqualTo(DocumentStatus.CHAIR_REVIEW);
		assertThatThrownBy(() -> as(officer(), () -> documents.adoptByOmbDecision(review.id(), review.lock(), null)))
			.isInstanceOf(AccessDeniedException.class);
		DocumentView adopted = as(chair(), () -> documents.adoptByOmbDecision(review.id(), review.lock(), null));
		assertThat(adopted.status()).isEqualTo(DocumentStatus.IN_FORCE);
		assertThat(adopted.inForceSince()).as("the day of the decision, citing no act").isEqualTo(Bishkek.today(clock));
		long baseOrder = act(ActIssuer.organization(omb.baseOrganizationId()));
		DocumentView repealed = as(chair(), () -> documents.repeal(adopted.id(), adopted.lock(), baseOrder, "Эскирди"));
		assertThat(repealed.status()).isEqualTo(DocumentStatus.REPEALED);
	}

	@Test
	void theRepresentativeOfASpecialStatusUniversityApprovesTheDocumentsOfItsOwnOmb() {
		long special = fixture.specialStatusOmb(AssociationFixture.unique());
		long university = associations.find(special).orElseThrow().baseOrganizationId();
		String chair = "OMB_CHAIR@ASSOCIATION:" + special;
		DocumentView draft = as(chair, () -> documents.createDraft(new NewDocument(special, null,
				DocumentKind.EXPERIMENTAL_STANDARD, LocalizedText.of("Эксперименттик стандарт", null, null),
				Set.of(), Set.of(), null)));
		DocumentView open = as(chair,
				() -> documents.openDiscussion(draft.id(), draft.lock(), Bishkek.today(clock).plusDays(30)));
		clock.advance(Duration.ofDays(31));
		DocumentView closed = as(chair, () -> documents.closeDiscussion(open.id(), open.lock()));
		DocumentView review = as(chair, () -> documents.sendToReview(closed.id(), closed.lock()));
		DocumentView chairReview = as(chair, () -> documents.passExpertReview(review.id(), review.lock()));
		DocumentView submitted = as(chair, () -> documents.submitToAuthority(chairReview.id(), chairReview.lock()));
		long universityOrder = act(ActIssuer.organization(university));
		assertThatThrownBy(() -> as(officer(), () -> documents.approve(submitted.id(), submitted.lock(), universityOrder)))
			.isInstanceOf(AccessDeniedException.class);
		DocumentView approved = as("ORG_REPRESENTATIVE@ORGANIZATION:" + university,
				() -> documents.approve(submitted.id(), submitted.lock(), universityOrder));
		assertThat(approved.status()).isEqualTo(DocumentStatus.IN_FORCE);
	}

	@Test
	void aRemovedAndAnAddedClauseShowInTheComparison() {
		DocumentView draft = as(chair(), () -> documents.createDraft(standard(null)));
		ClauseView kept = as(chair(), () -> documents.addClause(draft.id(), clause("1", "<p>Жалпы жоболор</p>")));
		as(chair(), () -> documents.addClause(draft.id(), clause("2", "<p>Эскирген талап</p>")));
		DocumentView published = as(chair(), () -> documents.publishVersion(draft.id(), draft.lock(), null));
		as(chair(), () -> documents.startNewVersion(draft.id(), published.lock(), null));
		ClauseView old = documents.clauses(draft.id(), 2).get(1);
		as(chair(), () -> {
			documents.removeClause(draft.id(), old.id(), old.lock());
			return documents.addClause(draft.id(), clause("2", "<p>Жаңы талап</p>"));
		});

		assertThat(documents.compare(draft.id(), 1, 2)).extracting(ClauseChange::kind)
			.containsExactly(ClauseChange.Kind.UNCHANGED, ClauseChange.Kind.REMOVED, ClauseChange.Kind.ADDED);
		assertThat(documents.compare(draft.id(), 1, 2).get(0).key()).isEqualTo(kept.key());
		ClauseView published1 = documents.clauses(draft.id(), 1).get(1);
		assertThatThrownBy(() -> as(chair(), () -> {
			documents.removeClause(draft.id(), published1.id(), published1.lock());
			return null;
		})).isInstanceOf(DomainException.class);
	}

	@Test
	void aDraftBelongsToASectionOfItsOwnOmb() {
		Omb other = fixture.standardOmb(Region.OSH_REGION);
		assertThatThrownBy(() -> as(chair(), () -> documents.createDraft(standard(other.sectionId()))))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.section-not-of-association"));
		assertThat(as(chair(), () -> documents.createDraft(standard(omb.sectionId()))).sectionId())
			.isEqualTo(omb.sectionId());
	}

	@Test
	void theParticipantsOfItsWorkingGroupDraftTheDocument() {
		long drafter = fixture.asAdministrator(() -> fixture.account("Топтун мүчөсү " + omb.n()));
		long group = fixture.workingGroupWith(omb, drafter, "Топтун мүчөсү " + omb.n());
		DocumentView draft = as(chair(), () -> documents.createDraft(standard(null)));
		String participant = "PARTICIPANT";
		assertThatThrownBy(() -> TestAccount.runAs(drafter, participant,
				() -> documents.addClause(draft.id(), clause("1", "<p>Топтун тексти</p>"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(secretary(), () -> documents.assignWorkingGroup(draft.id(), draft.lock(), 987_654L)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.working-group"));
		assertThatThrownBy(() -> TestAccount.runAs(drafter, participant,
				() -> documents.assignWorkingGroup(draft.id(), draft.lock(), group)))
			.isInstanceOf(AccessDeniedException.class);

		DocumentView assigned = as(secretary(), () -> documents.assignWorkingGroup(draft.id(), draft.lock(), group));

		assertThat(assigned.workingGroupId()).isEqualTo(group);
		ClauseView written = TestAccount.runAs(drafter, participant,
				() -> documents.addClause(draft.id(), clause("1", "<p>Топтун тексти</p>")));
		assertThat(written.html()).isEqualTo("<p>Топтун тексти</p>");
		assertThat(TestAccount.runAs(drafter, participant, () -> documents.isAuthor(draft.id()))).isTrue();
		assertThat(TestAccount.runAs(accountId, participant, () -> documents.isAuthor(draft.id()))).isFalse();
	}

	@Test
	void aDissolvedOmbDraftsNoNewDocument() {
		fixture.dissolve(omb);
		assertThatThrownBy(() -> as(chair(), () -> documents.createDraft(standard(null))))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.association-not-active"));
	}

	DocumentView toExpertReview(@org.jspecify.annotations.Nullable Long predecessorId) {
		NewDocument command = new NewDocument(omb.id(), null, DocumentKind.STATE_STANDARD_HIGHER,
				LocalizedText.of("Стандарт", null, null), Set.of("550000"), Set.of("BACHELOR"), predecessorId);
		DocumentView draft = as(chair(), () -> documents.createDraft(command));
		as(chair(), () -> documents.addClause(draft.id(), clause("1", "<p>Жалпы жоболор</p>")));
		DocumentView open = as(chair(),
				() -> documents.openDiscussion(draft.id(), draft.lock(), Bishkek.today(clock).plusDays(30)));
		clock.advance(Duration.ofDays(31));
		DocumentView closed = as(chair(), () -> documents.closeDiscussion(open.id(), open.lock()));
		return as(chair(), () -> documents.sendToReview(closed.id(), closed.lock()));
	}

	DocumentView inForce(@org.jspecify.annotations.Nullable Long predecessorId) {
		DocumentView review = toExpertReview(predecessorId);
		DocumentView chairReview = as(chair(), () -> documents.passExpertReview(review.id(), review.lock()));
		DocumentView submitted = as(chair(), () -> documents.submitToAuthority(chairReview.id(), chairReview.lock()));
		long order = authorityAct();
		return as(officer(), () -> documents.approve(submitted.id(), submitted.lock(), order));
	}

	long authorityAct() {
		return act(ActIssuer.authority(omb.authorityId()));
	}

	long act(ActIssuer issuer) {
		return fixture.asAdministrator(() -> fixture.act(issuer, "D-" + AssociationFixture.unique(),
				AssociationFixture.ACT_DAY.plusMonths(8)));
	}

	<T> T as(String role, Supplier<T> work) {
		return TestAccount.runAs(accountId, role, work);
	}

}
