package kg.omb.notifications.domain;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts e-mails in the outbox. Joins the caller's transaction, so that an e-mail exists exactly when the change it
 * reports was committed; the outbox job sends it afterwards.
 */
@Service
class MailOutbox {

	private final MailOutboxRepository messages;

	private final Clock clock;

	MailOutbox(MailOutboxRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public long enqueue(Recipient recipient, RenderedMail mail) {
		return messages.save(new OutboxMessage(recipient, mail, Instant.now(clock))).id();
	}

}
