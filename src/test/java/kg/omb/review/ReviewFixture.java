package kg.omb.review;

import java.util.Set;

import kg.omb.association.AssociationFixture;
import kg.omb.review.domain.ExpertPool;
import kg.omb.review.domain.ExpertProfile;
import kg.omb.review.domain.ExpertView;
import kg.omb.support.TestAccount;

/** Approved experts of the pool, made by small factory methods over the application's own services. */
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

}
