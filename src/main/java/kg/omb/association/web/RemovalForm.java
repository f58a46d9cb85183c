package kg.omb.association.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A proposal to remove a member, with the reason for it. */
record RemovalForm(@Nullable Long memberId,
		@Size(max = 2000, message = "{association.manage.form.too-long}") @Nullable String justification) {

	static RemovalForm empty() {
		return new RemovalForm(null, null);
	}

	public boolean concerns(long id) {
		return memberId != null && memberId == id;
	}

}
