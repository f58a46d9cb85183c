package kg.omb.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A rule between two codes of the template (columns or fields, as its kind says). */
@Embeddable
public record FormRule(@Enumerated(EnumType.STRING) @Column(nullable = false) RuleKind kind,
		@Column(name = "left_code", nullable = false) String left,
		@Column(name = "right_code", nullable = false) String right) {
}
