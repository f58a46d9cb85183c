package kg.omb.surveys.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A field of a request: its code (unique in the template), kind, label, whether it must be filled, the range of a
 * number and the choices of a choice (separated by {@code |}).
 */
@Embeddable
public record FormField(@Column(nullable = false) String code, @Enumerated(EnumType.STRING) FieldKind kind,
		@Column(name = "label_ky") @Nullable String labelKy, @Column(name = "label_ru") @Nullable String labelRu,
		@Column(name = "label_en") @Nullable String labelEn, boolean required, @Nullable Long minimum,
		@Nullable Long maximum, @Nullable String choices) {

	public LocalizedText label() {
		return new LocalizedText(labelKy, labelRu, labelEn);
	}

	public List<String> choiceList() {
		return choices == null ? List.of()
				: Arrays.stream(choices.split("\\|")).map(String::strip).filter(choice -> !choice.isEmpty()).toList();
	}

}
