package kg.omb.audit.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a walk along the audit chain found: either every entry intact ({@code broken} is null), or the first broken
 * link. {@code checked} counts the entries found intact before it.
 */
public record ChainVerification(long checked, @Nullable Break broken) {

	static ChainVerification intact(long checked) {
		return new ChainVerification(checked, null);
	}

	static ChainVerification brokenAt(long sequence, Problem problem) {
		return new ChainVerification(sequence - 1, new Break(sequence, problem));
	}

	public boolean isIntact() {
		return broken == null;
	}

	/** The first entry at which the chain does not hold, and why. */
	public record Break(long sequence, Problem problem) {
	}

	public enum Problem {

		/** The entry's fields no longer give its hash: it was changed after it was written. */
		EDITED,

		/** No entry has this sequence number, although the chain's head counts past it: it was removed. */
		REMOVED,

		/** The entry's previous hash is not the hash of the entry before it: that one was removed or rewritten. */
		RELINKED

	}

}
