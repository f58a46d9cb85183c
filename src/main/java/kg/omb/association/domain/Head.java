package kg.omb.association.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Who heads a section or subsection: a name to show and, when the person has one, their account. */
@Embeddable
public record Head(@Column(name = "account_id") @Nullable Long accountId, @Column(name = "name") @Nullable String name) {

	boolean isPresent() {
		return name != null && !name.isBlank();
	}

}
