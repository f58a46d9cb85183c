package kg.omb.meetings.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** That a member voted, whether absentee (not present, before the deadline), and, in an open ballot only, how. */
@Embeddable
public record VoteCast(@Column(name = "participant_id") long participantId,
		@Column(name = "voter_name") String voterName,
		@Enumerated(EnumType.STRING) @Column(name = "choice") @Nullable Choice choice,
		@Column(name = "cast_at") Instant castAt, @Column(name = "absentee") boolean absentee) {
}
