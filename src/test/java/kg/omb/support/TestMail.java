package kg.omb.support;

import java.io.IOException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** GreenMail for journeys that read the platform's real e-mail, and the text of what arrives. */
public final class TestMail {

	private TestMail() {
	}

	/** An SMTP server on a free port of the loopback address, started. */
	public static GreenMail start() {
		GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	/**
	 * Points the application's mail at the server and has its outbox send at once and every second, so that a test
	 * reads what the platform really sent within moments.
	 */
	public static void deliverTo(GreenMail mail, DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("omb.mail.outbox.initial-delay", () -> "PT0S");
		registry.add("omb.mail.outbox.poll-interval", () -> "PT1S");
	}

	/** The text of a message or of one of its parts, every text part one after another. */
	public static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/*")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			StringBuilder all = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				all.append(text(multipart.getBodyPart(i))).append('\n');
			}
			return all.toString();
		}
		return "";
	}

	/** The first e-mail to the address whose text contains the words, waiting for the outbox up to a minute. */
	public static MimeMessage await(GreenMail mail, String address, String words) throws Exception {
		long until = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < until) {
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address)
						&& text(message).contains(words)) {
					return message;
				}
			}
			Thread.sleep(250);
		}
		throw new AssertionError("No e-mail to " + address + " with «" + words + "»");
	}

}
