package kg.omb.notifications.domain;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox job: sends due e-mails in small batches, once across all nodes (ShedLock). Each message is marked sent,
 * or its failure recorded with the next attempt after a backoff, in a transaction of its own. When the SMTP server
 * cannot be reached at all, the rest of the batch waits for the next run.
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final MailOutboxRepository messages;

	private final JavaMailSender mailSender;

	private final MessageSource bundles;

	private final MailSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	OutboxRelay(MailOutboxRepository messages, JavaMailSender mailSender, MessageSource bundles,
			MailSettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.bundles = bundles;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Sends the e-mails that are due now. */
	@Scheduled(fixedDelayString = "${omb.mail.outbox.poll-interval:PT10S}",
			initialDelayString = "${omb.mail.outbox.initial-delay:PT10S}")
	@SchedulerLock(name = "mail-outbox")
	public void sendDue() {
		Instant now = Instant.now(clock);
		List<Long> due = transaction
			.execute(status -> messages.findDue(now, Limit.of(settings.outbox().batchSize())));
		for (long id : due == null ? List.<Long>of() : due) {
			if (send(id) == Outcome.SERVER_UNREACHABLE) {
				break;
			}
		}
	}

	private Outcome send(long id) {
		Optional<OutboxMessage> loaded = transaction.execute(status -> messages.findById(id));
		if (loaded == null || loaded.isEmpty() || !loaded.get().isDue(Instant.now(clock))) {
			return Outcome.SKIPPED;
		}
		OutboxMessage message = loaded.get();
		try {
			mailSender.send(mimeMessage(message));
		}
		catch (AddressException exception) {
			update(id, failed -> failed.giveUp(describe(exception)));
			log.error("E-mail {} given up: the address is not valid ({})", id, exception.getMessage());
			return Outcome.FAILED;
		}
		catch (MailException | MessagingException | UnsupportedEncodingException exception) {
			int maxAttempts = settings.outbox().maxAttempts();
			update(id, failed -> failed.recordFailure(describe(exception), Instant.now(clock),
					settings.outbox().backoff(), maxAttempts));
			if (message.getAttempts() + 1 >= maxAttempts) {
				log.error("E-mail {} given up after {} attempts: {}", id, maxAttempts, describe(exception));
			}
			else {
				log.warn("E-mail {} not sent (attempt {}), will try again: {}", id, message.getAttempts() + 1,
						describe(exception));
			}
			return serverUnreachable(exception) ? Outcome.SERVER_UNREACHABLE : Outcome.FAILED;
		}
		update(id, sent -> sent.markSent(Instant.now(clock)));
		return Outcome.SENT;
	}

	private MimeMessage mimeMessage(OutboxMessage message)
			throws MessagingException, UnsupportedEncodingException {
		Recipient recipient = message.recipient();
		RenderedMail mail = message.mail();
		MimeMessage mime = mailSender.createMimeMessage();
		var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
		String platform = bundles.getMessage("app.name", null, "OMB", recipient.language());
		helper.setFrom(new InternetAddress(settings.from(), platform, StandardCharsets.UTF_8.name()));
		InternetAddress to = new InternetAddress(recipient.address(), true);
		if (recipient.name() != null) {
			to.setPersonal(recipient.name(), StandardCharsets.UTF_8.name());
		}
		helper.setTo(to);
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		mime.setHeader("Content-Language", recipient.language().getLanguage());
		// RFC 3834: no out-of-office replies to a machine
		mime.setHeader("Auto-Submitted", "auto-generated");
		return mime;
	}

	private void update(long id, java.util.function.Consumer<OutboxMessage> change) {
		transaction.executeWithoutResult(status -> messages.findById(id).ifPresent(change));
	}

	/**
	 * No connection (or no sign-in) to the SMTP server, rather than a problem with this one message: a refused or
	 * lost connection, a timeout or an unknown host shows as an I/O error among the causes.
	 */
	private static boolean serverUnreachable(Exception exception) {
		if (exception instanceof MailAuthenticationException) {
			return true;
		}
		for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Exception exception) {
		StringBuilder text = new StringBuilder(exception.toString());
		for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause();
				cause = cause.getCause()) {
			text.append(" <- ").append(cause);
		}
		return text.toString();
	}

	private enum Outcome {

		SENT, SKIPPED, FAILED, SERVER_UNREACHABLE

	}

}
