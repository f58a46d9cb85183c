package kg.omb.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of the table: a specialty of the classifier at one of its levels. */
@Embeddable
public record FormRow(@Column(name = "specialty_code", nullable = false) String specialtyCode,
		@Column(name = "level_code", nullable = false) String levelCode) {
}
