package kg.omb.notifications.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.shared.Actor;

/** Each person's choice between an e-mail per notification and a daily digest (the default is at once). */
@Service
public class DeliveryPreferences {

	private final DeliveryPreferenceRepository preferences;

	private final DigestMail digest;

	private final AuditLog audit;

	private final Clock clock;

	DeliveryPreferences(DeliveryPreferenceRepository preferences, DigestMail digest, AuditLog audit, Clock clock) {
		this.preferences = preferences;
		this.digest = digest;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Delivery deliveryOf(long accountId) {
		return preferences.findById(accountId).map(DeliveryPreference::getDelivery).orElse(Delivery.IMMEDIATE);
	}

	/** The signed-in person's choice. */
	@Transactional(readOnly = true)
	public Delivery mine() {
		return deliveryOf(signedIn());
	}

	/**
	 * Changes the signed-in person's choice. Moving from the digest to e-mail at once mails what the digest still
	 * held right away, so that nothing waits for a digest that will no longer come.
	 */
	@Transactional
	public void changeMine(Delivery delivery) {
		long accountId = signedIn();
		Instant now = Instant.now(clock);
		var preference = preferences.findById(accountId).orElse(null);
		Delivery before = preference == null ? Delivery.IMMEDIATE : preference.getDelivery();
		if (before == delivery) {
			return;
		}
		if (preference == null) {
			preferences.save(new DeliveryPreference(accountId, delivery, now));
		}
		else {
			preference.change(delivery, now);
		}
		audit.record("notification-preference.changed", "account", accountId,
				Map.of("from", before.name(), "to", delivery.name()));
		if (delivery == Delivery.IMMEDIATE) {
			digest.mailWaiting(accountId);
		}
	}

	static long signedIn() {
		return Actor.currentAccountId().orElseThrow(() -> new AccessDeniedException("Not signed in to an account"));
	}

}
