package kg.omb.directory.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.directory.EducationLevelView;
import kg.omb.directory.EducationSector;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * A level of training (secondary vocational, bachelor, master, specialist, and any the authority adds later), in
 * the order the classifier lists them.
 */
@Entity
@Table(name = "education_level")
public class EducationLevel extends BaseEntity {

	@Column(nullable = false, length = 32, updatable = false)
	private String code;

	@Embedded
	@AttributeOverride(name = "ky", column = @Column(name = "name_ky"))
	@AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	private @Nullable LocalizedText name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EducationSector sector;

	@Column(nullable = false)
	private int position;

	protected EducationLevel() {
		this.code = "";
		this.sector = EducationSector.HIGHER;
	}

	public EducationLevel(String code, LocalizedText name, EducationSector sector, int position) {
		this.code = Codes.organizationCode(code, "classifier.error.level-code-format");
		if (name == null || name.isEmpty()) {
			throw new DomainException("classifier.error.name-required");
		}
		if (sector == null) {
			throw new DomainException("classifier.error.level-sector-required");
		}
		this.name = name;
		this.sector = sector;
		this.position = position;
	}

	public String getCode() {
		return code;
	}

	public EducationLevelView view() {
		return new EducationLevelView(code, Texts.orEmpty(name), sector, position);
	}

}
