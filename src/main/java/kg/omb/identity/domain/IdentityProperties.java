package kg.omb.identity.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in security ({@code omb.identity.*}): how long mailed links stay valid, and when failed sign-ins
 * are slowed down and locked, per e-mail address and per client address.
 */
@ConfigurationProperties("omb.identity")
public record IdentityProperties(@DefaultValue("48h") Duration verificationTtl, @DefaultValue("1h") Duration resetTtl,
		@DefaultValue SignIn signIn) {

	/**
	 * @param window failures are counted within this time from the first one
	 * @param lockDuration how long a key stays locked after too many failures
	 * @param firstDelay the wait imposed once the slowing starts; it doubles with every further failure
	 * @param maxDelay the longest wait before the lock
	 * @param accountSlowAfter from this many failures for one e-mail address on, each further attempt must wait
	 * @param accountMaxFailures this many failures for one e-mail address lock it
	 * @param addressSlowAfter the same as {@code accountSlowAfter}, for all attempts from one client address
	 * @param addressMaxFailures the same as {@code accountMaxFailures}, for one client address
	 */
	public record SignIn(@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration,
			@DefaultValue("1s") Duration firstDelay, @DefaultValue("1m") Duration maxDelay,
			@DefaultValue("3") int accountSlowAfter, @DefaultValue("5") int accountMaxFailures,
			@DefaultValue("10") int addressSlowAfter, @DefaultValue("20") int addressMaxFailures) {

		ThrottleRule accountRule() {
			return new ThrottleRule(accountSlowAfter, accountMaxFailures, window, lockDuration, firstDelay, maxDelay);
		}

		ThrottleRule addressRule() {
			return new ThrottleRule(addressSlowAfter, addressMaxFailures, window, lockDuration, firstDelay, maxDelay);
		}

	}

}
