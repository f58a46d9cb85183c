package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.association.AssociationStatus;
import kg.omb.association.AssociationView;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * An OMB (§3, §14): created by an act of an authority (or, for a special-status university, under its charter) at
 * a base organisation, for one or more enlarged groups of directions. It keeps every base organisation it had
 * (§20: functions may be transferred) and every chair it had (§14: one at a time, each confirmed by an act).
 */
@Entity
@Table(name = "association")
public class Association extends BaseEntity {

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "name_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalizedText name;

	@Column(name = "authority_id")
	private @Nullable Long authorityId;

	@Column(name = "special_status", nullable = false)
	private boolean specialStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AssociationStatus status = AssociationStatus.ACTIVE;

	@Column(name = "established_on", nullable = false)
	private LocalDate establishedOn;

	@Column(name = "establishing_act_id", nullable = false)
	private long establishingActId;

	@Column(name = "status_changed_on")
	private @Nullable LocalDate statusChangedOn;

	@Column(name = "status_act_id")
	private @Nullable Long statusActId;

	@Column(name = "successor_id")
	private @Nullable Long successorId;

	@Embedded
	private Contacts contacts = Contacts.NONE;

	@ElementCollection
	@CollectionTable(name = "association_group", joinColumns = @JoinColumn(name = "association_id"))
	@Column(name = "group_code")
	private Set<String> groupCodes = new LinkedHashSet<>();

	@OneToMany(mappedBy = "association", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("fromDate, id")
	private List<BaseOrganizationTerm> baseTerms = new ArrayList<>();

	@OneToMany(mappedBy = "association", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("fromDate, id")
	private List<ChairTerm> chairTerms = new ArrayList<>();

	protected Association() {
		this.name = new LocalizedText(null, null, null);
		this.establishedOn = LocalDate.EPOCH;
	}

	private Association(LocalizedText name, @Nullable Long authorityId, boolean specialStatus, Set<String> groupCodes,
			long baseOrganizationId, long actId, LocalDate effectiveOn) {
		if (name.ky() == null) {
			throw new DomainException("association.error.name-ky-required");
		}
		if (groupCodes.isEmpty()) {
			throw new DomainException("association.error.groups-required");
		}
		this.name = name;
		this.authorityId = authorityId;
		this.specialStatus = specialStatus;
		this.groupCodes = new LinkedHashSet<>(groupCodes);
		this.establishedOn = effectiveOn;
		this.establishingActId = actId;
		this.baseTerms.add(new BaseOrganizationTerm(this, baseOrganizationId, effectiveOn, actId));
	}

	/** An association created by an authority's act (§3, §14). */
	public static Association establish(LocalizedText name, long authorityId, Set<String> groupCodes,
			long baseOrganizationId, long actId, LocalDate effectiveOn) {
		return new Association(name, authorityId, false, groupCodes, baseOrganizationId, actId, effectiveOn);
	}

	/** A special-status university's own association, formed under its charter (§3, §25). */
	public static Association ownOfSpecialStatusUniversity(LocalizedText name, Set<String> groupCodes,
			long universityId, long charterActId, LocalDate effectiveOn) {
		return new Association(name, null, true, groupCodes, universityId, charterActId, effectiveOn);
	}

	/** Transfers the functions of the association to another organisation from the act's day (§20). */
	public void transferTo(long organizationId, long actId, LocalDate effectiveOn) {
		requireActive();
		BaseOrganizationTerm current = currentBaseTerm();
		if (current.getOrganizationId() == organizationId) {
			throw new DomainException("association.error.same-base");
		}
		if (effectiveOn.isBefore(current.getFromDate())) {
			throw new DomainException("association.error.date-before-current");
		}
		current.end(effectiveOn);
		baseTerms.add(new BaseOrganizationTerm(this, organizationId, effectiveOn, actId));
		currentChair().ifPresent(chair -> chair.end(effectiveOn, actId));
	}

	/**
	 * Confirms a chair from the act's day (§14): the vice-rector for academic affairs of the base organisation. The
	 * previous chair's term ends that day. Returns the chair whose term ended, if any.
	 */
	public Optional<ChairTerm> confirmChair(long accountId, String personName, String position, long actId,
			LocalDate effectiveOn) {
		requireActive();
		Optional<ChairTerm> previous = currentChair();
		if (previous.isPresent()) {
			if (previous.get().getAccountId() == accountId) {
				throw new DomainException("association.error.already-chair");
			}
			if (effectiveOn.isBefore(previous.get().getFromDate())) {
				throw new DomainException("association.error.date-before-current");
			}
			previous.get().end(effectiveOn, actId);
		}
		chairTerms.add(new ChairTerm(this, accountId, personName, position, baseOrganizationId(), effectiveOn, actId));
		return previous;
	}

	/** Ends the chair's term without a successor yet (the post stays vacant until the next confirmation). */
	public ChairTerm endChairTerm(long actId, LocalDate effectiveOn) {
		requireActive();
		ChairTerm chair = currentChair().orElseThrow(() -> new DomainException("association.error.no-chair"));
		if (effectiveOn.isBefore(chair.getFromDate())) {
			throw new DomainException("association.error.date-before-current");
		}
		chair.end(effectiveOn, actId);
		return chair;
	}

	/** The association was reorganised into another one (or into a new form) by the act (§3). */
	public void reorganise(@Nullable Long successorId, long actId, LocalDate effectiveOn) {
		close(AssociationStatus.REORGANISED, actId, effectiveOn);
		this.successorId = successorId;
	}

	/** The association was dissolved by the act (§3). */
	public void dissolve(long actId, LocalDate effectiveOn) {
		close(AssociationStatus.DISSOLVED, actId, effectiveOn);
	}

	private void close(AssociationStatus to, long actId, LocalDate effectiveOn) {
		requireActive();
		if (effectiveOn.isBefore(establishedOn)) {
			throw new DomainException("association.error.date-before-current");
		}
		this.status = to;
		this.statusActId = actId;
		this.statusChangedOn = effectiveOn;
		currentBaseTerm().end(effectiveOn);
		currentChair().ifPresent(chair -> chair.end(effectiveOn, actId));
	}

	public void changeContacts(Contacts contacts) {
		requireActive();
		this.contacts = contacts;
	}

	public void requireActive() {
		if (status != AssociationStatus.ACTIVE) {
			throw new DomainException("association.error.not-active");
		}
	}

	public boolean isActive() {
		return status == AssociationStatus.ACTIVE;
	}

	public BaseOrganizationTerm currentBaseTerm() {
		return baseTerms.stream()
			.max(Comparator.comparing(BaseOrganizationTerm::getFromDate).thenComparing(BaseOrganizationTerm::getId,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.orElseThrow(() -> new IllegalStateException("An association always has a base organisation"));
	}

	public long baseOrganizationId() {
		return currentBaseTerm().getOrganizationId();
	}

	public Optional<ChairTerm> currentChair() {
		return chairTerms.stream().filter(ChairTerm::isCurrent).findFirst();
	}

	public AssociationView view() {
		return new AssociationView(id(), name, status, authorityId, specialStatus, baseOrganizationId(),
				Set.copyOf(groupCodes), currentChair().map(ChairTerm::getAccountId).orElse(null));
	}

	public LocalizedText getName() {
		return name;
	}

	public @Nullable Long getAuthorityId() {
		return authorityId;
	}

	public boolean isSpecialStatus() {
		return specialStatus;
	}

	public AssociationStatus getStatus() {
		return status;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public long getEstablishingActId() {
		return establishingActId;
	}

	public @Nullable LocalDate getStatusChangedOn() {
		return statusChangedOn;
	}

	public @Nullable Long getStatusActId() {
		return statusActId;
	}

	public @Nullable Long getSuccessorId() {
		return successorId;
	}

	public Contacts getContacts() {
		return contacts == null ? Contacts.NONE : contacts;
	}

	public Set<String> getGroupCodes() {
		return Set.copyOf(groupCodes);
	}

	public List<BaseOrganizationTerm> getBaseTerms() {
		return List.copyOf(baseTerms);
	}

	public List<ChairTerm> getChairTerms() {
		return List.copyOf(chairTerms);
	}

}
