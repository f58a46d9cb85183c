package kg.omb.notifications.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A person's choice of e-mail delivery; without one, notifications are mailed at once. */
@Entity
@Table(name = "notification_preference")
class DeliveryPreference {

	@Id
	@Column(name = "account_id")
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Delivery delivery;

	/** Null until saved: tells Spring Data that a preference with an assigned id is new. */
	@Version
	private @Nullable Long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected DeliveryPreference() {
		this.delivery = Delivery.IMMEDIATE;
		this.updatedAt = Instant.EPOCH;
	}

	DeliveryPreference(long accountId, Delivery delivery, Instant now) {
		this.accountId = accountId;
		this.delivery = delivery;
		this.updatedAt = now;
	}

	void change(Delivery delivery, Instant now) {
		this.delivery = delivery;
		this.updatedAt = now;
	}

	long getAccountId() {
		return accountId;
	}

	Delivery getDelivery() {
		return delivery;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

}
