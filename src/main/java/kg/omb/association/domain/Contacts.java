package kg.omb.association.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** How to reach an association's secretariat at its base organisation. */
@Embeddable
public record Contacts(@Column(name = "email") @Nullable String email, @Column(name = "phone") @Nullable String phone,
		@Column(name = "address") @Nullable String address) {

	public static final Contacts NONE = new Contacts(null, null, null);

	public Contacts {
		email = blankToNull(email);
		phone = blankToNull(phone);
		address = blankToNull(address);
	}

	public boolean isEmpty() {
		return email == null && phone == null && address == null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
