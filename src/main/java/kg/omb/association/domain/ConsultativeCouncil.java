package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * The consultative body an authority forms to coordinate the OMBs (§13): its members, appointed and released by
 * acts, and its recommendations (advisory, like every OMB decision).
 */
@Entity
@Table(name = "consultative_council")
public class ConsultativeCouncil extends BaseEntity {

	@Column(name = "authority_id", nullable = false, updatable = false)
	private long authorityId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "name_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalizedText name;

	@Column(name = "established_on", nullable = false)
	private LocalDate establishedOn;

	@Column(name = "establishing_act_id", nullable = false)
	private long establishingActId;

	@OneToMany(mappedBy = "council", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("fromDate, id")
	private List<CouncilMember> members = new ArrayList<>();

	@OneToMany(mappedBy = "council", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("adoptedOn desc, id desc")
	private List<CouncilRecommendation> recommendations = new ArrayList<>();

	protected ConsultativeCouncil() {
		this.name = new LocalizedText(null, null, null);
		this.establishedOn = LocalDate.EPOCH;
	}

	public ConsultativeCouncil(long authorityId, LocalizedText name, long actId, LocalDate establishedOn) {
		if (name.ky() == null) {
			throw new DomainException("association.error.name-ky-required");
		}
		this.authorityId = authorityId;
		this.name = name;
		this.establishingActId = actId;
		this.establishedOn = establishedOn;
	}

	public CouncilMember appoint(CouncilMember.Person person, long actId, LocalDate from) {
		boolean sitting = members.stream()
			.anyMatch(member -> member.isCurrent() && member.getPerson().samePersonAs(person));
		if (sitting) {
			throw new DomainException("association.error.council-member-twice");
		}
		CouncilMember member = new CouncilMember(this, person, actId, from);
		members.add(member);
		return member;
	}

	public CouncilMember release(long memberId, long actId, LocalDate on) {
		CouncilMember member = members.stream()
			.filter(candidate -> candidate.getId() != null && candidate.getId() == memberId && candidate.isCurrent())
			.findFirst()
			.orElseThrow(() -> new DomainException("association.error.member-not-current"));
		member.end(actId, on);
		return member;
	}

	public CouncilRecommendation recommend(LocalizedText title, String content, LocalDate adoptedOn,
			@Nullable Long actId) {
		CouncilRecommendation recommendation = new CouncilRecommendation(this, title, content, adoptedOn, actId);
		recommendations.add(0, recommendation);
		return recommendation;
	}

	public long getAuthorityId() {
		return authorityId;
	}

	public LocalizedText getName() {
		return name;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public long getEstablishingActId() {
		return establishingActId;
	}

	public List<CouncilMember> getMembers() {
		return List.copyOf(members);
	}

	public List<CouncilRecommendation> getRecommendations() {
		return List.copyOf(recommendations);
	}

}
