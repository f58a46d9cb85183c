package kg.omb.association.web;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The base organisation's order that approves several accepted proposals at once (§16). */
record MembershipActForm(
		@NotEmpty(message = "{association.manage.form.proposals.required}") @Nullable List<Long> proposalIds,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId) {

	static MembershipActForm empty() {
		return new MembershipActForm(List.of(), null);
	}

	public boolean chose(long id) {
		return proposalIds != null && proposalIds.contains(id);
	}

}
