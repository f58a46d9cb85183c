package kg.omb.association.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.association.domain.Contacts;

/** How to reach the OMB's secretariat at its base organisation. */
record ContactsForm(@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@Email(message = "{association.manage.form.email.invalid}") @Size(max = 320,
				message = "{association.manage.form.too-long}") @Nullable String email,
		@Size(max = 64, message = "{association.manage.form.too-long}") @Nullable String phone,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String address) {

	static ContactsForm of(Contacts contacts) {
		return new ContactsForm(null, contacts.email(), contacts.phone(), contacts.address());
	}

	Contacts toContacts() {
		return new Contacts(email, phone, address);
	}

}
