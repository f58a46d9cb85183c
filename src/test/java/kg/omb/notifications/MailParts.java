package kg.omb.notifications;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Reads what a received e-mail says: its plain-text and HTML parts, its recipient. */
public final class MailParts {

	private MailParts() {
	}

	public static String text(MimeMessage message) {
		return part(message, "text/plain");
	}

	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}

	public static List<MimeMessage> to(MimeMessage[] received, String address) {
		return Arrays.stream(received).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients())
					.anyMatch(recipient -> ((InternetAddress) recipient).getAddress().equalsIgnoreCase(address));
			}
			catch (MessagingException exception) {
				throw new IllegalStateException(exception);
			}
		}).toList();
	}

	private static String part(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart body = multipart.getBodyPart(i);
					String found = part(body, type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (IOException | MessagingException exception) {
			throw new IllegalStateException(exception);
		}
	}

}
