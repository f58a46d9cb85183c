package kg.omb.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/** A figure asked for on every row of the table (enrolled, graduates, ...): a whole number from 0 to its maximum. */
@Embeddable
public record FormColumn(@Column(nullable = false) String code, @Column(name = "label_ky") @Nullable String labelKy,
		@Column(name = "label_ru") @Nullable String labelRu, @Column(name = "label_en") @Nullable String labelEn,
		@Nullable Long maximum) {

	public LocalizedText label() {
		return new LocalizedText(labelKy, labelRu, labelEn);
	}

}
