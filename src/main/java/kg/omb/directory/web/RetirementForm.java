package kg.omb.directory.web;

import org.jspecify.annotations.Nullable;

/** The day a code is retired from and, optionally, the act that retires it. */
record RetirementForm(@Nullable String retiredOn, @Nullable Long actId, @Nullable Long version) {

	static RetirementForm empty(long version) {
		return new RetirementForm(null, null, version);
	}

}
