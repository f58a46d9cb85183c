package kg.omb.association.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/** A subsection of a section for one level of training (§19), with its own head. */
@Entity
@Table(name = "association_subsection")
public class Subsection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id")
	private Section section;

	@Column(name = "level_code", nullable = false)
	private String levelCode;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "name_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalizedText name;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "accountId", column = @Column(name = "head_account_id")),
			@AttributeOverride(name = "name", column = @Column(name = "head_name")) })
	private @Nullable Head head;

	protected Subsection() {
		this.section = null;
		this.levelCode = "";
		this.name = new LocalizedText(null, null, null);
	}

	Subsection(Section section, String levelCode, LocalizedText name, @Nullable Head head) {
		if (name.ky() == null) {
			throw new DomainException("association.error.name-ky-required");
		}
		this.section = section;
		this.levelCode = levelCode;
		this.name = name;
		this.head = head;
	}

	public @Nullable Long getId() {
		return id;
	}

	public String getLevelCode() {
		return levelCode;
	}

	public LocalizedText getName() {
		return name;
	}

	public @Nullable Head getHead() {
		return head != null && head.isPresent() ? head : null;
	}

}
