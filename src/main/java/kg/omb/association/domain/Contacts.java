package kg.omb.association.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.Strings;

/** How to reach an association's secretariat at its base organisation. */
@Embeddable
public record Contacts(@Column(name = "email") @Nullable String email, @Column(name = "phone") @Nullable String phone,
		@Column(name = "address") @Nullable String address) {

	public static final Contacts NONE = new Contacts(null, null, null);

	public Contacts {
		email = Strings.blankToNull(email);
		phone = Strings.blankToNull(phone);
		address = Strings.blankToNull(address);
	}

	public boolean isEmpty() {
		return email == null && phone == null && address == null;
	}

}
