package kg.omb.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kg.omb.shared.BaseEntity;

/**
 * The quorum rule an OMB's bylaws set, kept for its meetings, and whether the bylaws allow absentee voting by a
 * deadline; an OMB without one has the default, more than half, and no absentee voting.
 */
@Entity
@Table(name = "meeting_quorum_rule")
class QuorumSetting extends BaseEntity {

	@Column(name = "association_id", nullable = false, unique = true)
	private long associationId;

	@Column(nullable = false)
	private int numerator;

	@Column(nullable = false)
	private int denominator;

	@Column(name = "strictly_more", nullable = false)
	private boolean strictlyMore;

	@Column(name = "absentee_voting", nullable = false)
	private boolean absenteeVoting;

	protected QuorumSetting() {
	}

	QuorumSetting(long associationId, QuorumRule rule) {
		this.associationId = associationId;
		change(rule);
	}

	void change(QuorumRule rule) {
		this.numerator = rule.numerator();
		this.denominator = rule.denominator();
		this.strictlyMore = rule.strictlyMore();
	}

	void allowAbsenteeVoting(boolean allowed) {
		this.absenteeVoting = allowed;
	}

	boolean absenteeVoting() {
		return absenteeVoting;
	}

	QuorumRule rule() {
		return new QuorumRule(numerator, denominator, strictlyMore);
	}

	long getAssociationId() {
		return associationId;
	}

}
