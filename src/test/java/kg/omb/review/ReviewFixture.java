package kg.omb.review;

import java.time.Duration;
import java.util.Set;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.review.domain.ExpertPool;
import kg.omb.review.domain.ExpertProfile;
import kg.omb.review.domain.ExpertView;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

/**
 * Approved experts of the pool and state standards at their expert review step, made by small factory methods over
 * the application's own services.
 */
public class ReviewFixture {

	private final AssociationFixture associations;

	private final ExpertPool pool;

	public ReviewFixture(AssociationFixture associations, ExpertPool pool) {
		this.associations = associations;
		this.pool = pool;
	}

	/** A new account that applied with this competence and was approved by an administrator. */
	public ExpertView approvedExpert(String name, long organizationId, Set<String> codes) {
		long account = associations.asAdministrator(() -> associations.account(name));
		ExpertView applied = TestAccount.runAs(account, "PARTICIPANT",
				() -> pool.apply(new ExpertProfile(name, "PhD", "Доцент", Set.of(organizationId), codes,
						Set.of("ky", "ru"), 12, null)));
		return associations.asAdministrator(() -> pool.approve(applied.id(), applied.lock()));
	}

	/**
	 * A state standard of the OMB drafted and discussed by its chair, the window of 30 days closed on the test
	 * clock, sent on to its expert review step.
	 */
	public DocumentView atExpertReview(Omb omb, String title, Documents documents, AdjustableClock clock) {
		String chair = "OMB_CHAIR@ASSOCIATION:" + omb.id();
		NewDocument command = new NewDocument(omb.id(), null, DocumentKind.STATE_STANDARD_HIGHER,
				LocalizedText.of(title, null, null), Set.of(omb.codes().direction()), Set.of("BACHELOR"), null);
		DocumentView draft = TestAccount.runAs(omb.chairAccountId(), chair, () -> documents.createDraft(command));
		TestAccount.runAs(omb.chairAccountId(), chair, () -> documents.addClause(draft.id(),
				new ClauseEdit("1", ClauseLevel.CLAUSE, null, "<p>Жоболор</p>", null)));
		DocumentView open = TestAccount.runAs(omb.chairAccountId(), chair,
				() -> documents.openDiscussion(draft.id(), draft.lock(), Bishkek.today(clock).plusDays(30)));
		clock.advance(Duration.ofDays(31));
		DocumentView closed = TestAccount.runAs(omb.chairAccountId(), chair,
				() -> documents.closeDiscussion(open.id(), open.lock()));
		return TestAccount.runAs(omb.chairAccountId(), chair, () -> documents.sendToReview(closed.id(), closed.lock()));
	}

	/** The chair submits the standard at its chair review to the authority, whose officer approves it by an act. */
	public DocumentView approveByAuthority(Omb omb, long documentId, Documents documents, AdjustableClock clock) {
		DocumentView review = documents.find(documentId).orElseThrow();
		DocumentView submitted = TestAccount.runAs(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id(),
				() -> documents.submitToAuthority(documentId, review.lock()));
		long act = associations.asAdministrator(() -> associations.act(ActIssuer.authority(omb.authorityId()),
				"ST-R-" + documentId, Bishkek.today(clock)));
		long officer = associations.asAdministrator(() -> associations.account("Кызматкер " + documentId));
		return TestAccount.runAs(officer, "AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId(),
				() -> documents.approve(documentId, submitted.lock(), act));
	}

	/** A university that has nothing to do with the OMB's authors. */
	public long unrelatedUniversity(Omb omb, String town) {
		int n = AssociationFixture.unique();
		return associations.asAdministrator(() -> associations.organization(n, "X", OrganizationKind.UNIVERSITY,
				omb.authorityId(), Region.OSH_CITY,
				LocalizedText.of(town + " университети " + n, "Университет " + n, "University " + n)));
	}

}
