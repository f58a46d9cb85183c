package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * A section of an association (§18-19) for one or more directions or specialties, at a leading organisation, with
 * a head; within it, subsections by level of training. Where a subsection covers secondary vocational education,
 * the Republican Scientific-Methodological Centre takes part in its work (§19).
 */
@Entity
@Table(name = "association_section")
public class Section extends BaseEntity {

	@Column(name = "association_id", nullable = false)
	private long associationId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "name_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalizedText name;

	@ElementCollection
	@CollectionTable(name = "association_section_code", joinColumns = @JoinColumn(name = "section_id"))
	@Column(name = "classifier_code")
	private Set<String> classifierCodes = new LinkedHashSet<>();

	@Column(name = "leading_organization_id", nullable = false)
	private long leadingOrganizationId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "accountId", column = @Column(name = "head_account_id")),
			@AttributeOverride(name = "name", column = @Column(name = "head_name")) })
	private @Nullable Head head;

	@Column(name = "centre_organization_id")
	private @Nullable Long centreOrganizationId;

	@Column(name = "established_on", nullable = false)
	private LocalDate establishedOn;

	@Column(name = "act_id", nullable = false)
	private long actId;

	@Column(name = "closed_on")
	private @Nullable LocalDate closedOn;

	@Column(name = "closing_act_id")
	private @Nullable Long closingActId;

	@OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("levelCode")
	private List<Subsection> subsections = new ArrayList<>();

	protected Section() {
		this.name = new LocalizedText(null, null, null);
		this.establishedOn = LocalDate.EPOCH;
	}

	public Section(long associationId, LocalizedText name, Set<String> classifierCodes, long leadingOrganizationId,
			long actId, LocalDate establishedOn) {
		if (name.ky() == null) {
			throw new DomainException("association.error.name-ky-required");
		}
		if (classifierCodes.isEmpty()) {
			throw new DomainException("association.error.section-codes-required");
		}
		this.associationId = associationId;
		this.name = name;
		this.classifierCodes = new LinkedHashSet<>(classifierCodes);
		this.leadingOrganizationId = leadingOrganizationId;
		this.actId = actId;
		this.establishedOn = establishedOn;
	}

	/** Appoints a head; returns the previous head, whose role ends. */
	public Optional<Head> appointHead(Head newHead) {
		requireOpen();
		Optional<Head> previous = Optional.ofNullable(head);
		if (previous.isPresent() && previous.get().equals(newHead)) {
			throw new DomainException("association.error.already-head");
		}
		this.head = newHead;
		return previous;
	}

	/** Adds a subsection for a level of training; one per level. */
	public Subsection addSubsection(String levelCode, LocalizedText subsectionName, @Nullable Head subsectionHead) {
		requireOpen();
		if (subsections.stream().anyMatch(existing -> existing.getLevelCode().equals(levelCode))) {
			throw new DomainException("association.error.subsection-level-taken");
		}
		Subsection subsection = new Subsection(this, levelCode, subsectionName, subsectionHead);
		subsections.add(subsection);
		return subsection;
	}

	/** The Scientific-Methodological Centre taking part in the section's secondary vocational work (§19). */
	public void involveCentre(long centreId) {
		this.centreOrganizationId = centreId;
	}

	/** Closes the section by the act; returns its head, whose role ends. */
	public Optional<Head> close(long closingAct, LocalDate on) {
		requireOpen();
		this.closedOn = on;
		this.closingActId = closingAct;
		Optional<Head> previous = Optional.ofNullable(head);
		this.head = null;
		return previous;
	}

	public boolean isOpen() {
		return closedOn == null;
	}

	private void requireOpen() {
		if (!isOpen()) {
			throw new DomainException("association.error.section-closed");
		}
	}

	public long getAssociationId() {
		return associationId;
	}

	public LocalizedText getName() {
		return name;
	}

	public Set<String> getClassifierCodes() {
		return Set.copyOf(classifierCodes);
	}

	public long getLeadingOrganizationId() {
		return leadingOrganizationId;
	}

	public Optional<Head> getHead() {
		return Optional.ofNullable(head).filter(Head::isPresent);
	}

	public @Nullable Long getCentreOrganizationId() {
		return centreOrganizationId;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public long getActId() {
		return actId;
	}

	public @Nullable LocalDate getClosedOn() {
		return closedOn;
	}

	public List<Subsection> getSubsections() {
		return List.copyOf(subsections);
	}

}
