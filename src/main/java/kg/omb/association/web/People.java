package kg.omb.association.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;

/** Finds the account a form names by e-mail: required for a chair, optional for a head or a participant. */
@Component
class People {

	private final Accounts accounts;

	People(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The active account with the e-mail; refused on the field when there is none. */
	long require(String field, @Nullable String email) {
		return find(field, email);
	}

	/** The active account with the e-mail if one is given; null for no e-mail. */
	@Nullable Long optional(String field, @Nullable String email) {
		return email == null || email.isBlank() ? null : find(field, email);
	}

	/** The account with the e-mail if there is one, else none: the person is kept by name alone. */
	@Nullable Long ifAny(@Nullable String email) {
		return email == null || email.isBlank() ? null
				: accounts.findByEmail(email.strip()).filter(AccountView::active).map(AccountView::id).orElse(null);
	}

	private long find(String field, @Nullable String email) {
		return accounts.findByEmail(email == null ? "" : email.strip())
			.filter(AccountView::active)
			.map(AccountView::id)
			.orElseThrow(() -> new Submissions.FieldRefusal(field, "association.manage.error.email-unknown"));
	}

}
