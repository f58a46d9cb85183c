package kg.omb.association.domain;

import java.time.LocalDate;

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

/** A recommendation of the consultative council (§13: advisory), with the act that records it if there is one. */
@Entity
@Table(name = "consultative_council_recommendation")
public class CouncilRecommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "council_id")
	private ConsultativeCouncil council;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "title_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private LocalizedText title;

	@Column(nullable = false)
	private String content;

	@Column(name = "adopted_on", nullable = false)
	private LocalDate adoptedOn;

	@Column(name = "act_id")
	private @Nullable Long actId;

	@Column(name = "file_id")
	private @Nullable Long fileId;

	protected CouncilRecommendation() {
		this.council = null;
		this.title = new LocalizedText(null, null, null);
		this.content = "";
		this.adoptedOn = LocalDate.EPOCH;
	}

	CouncilRecommendation(ConsultativeCouncil council, LocalizedText title, String content, LocalDate adoptedOn,
			@Nullable Long actId) {
		if (title.ky() == null || content.isBlank()) {
			throw new DomainException("association.error.recommendation-incomplete");
		}
		this.council = council;
		this.title = title;
		this.content = content.strip();
		this.adoptedOn = adoptedOn;
		this.actId = actId;
	}

	public @Nullable Long getId() {
		return id;
	}

	public LocalizedText getTitle() {
		return title;
	}

	public String getContent() {
		return content;
	}

	public LocalDate getAdoptedOn() {
		return adoptedOn;
	}

	public @Nullable Long getActId() {
		return actId;
	}

}
