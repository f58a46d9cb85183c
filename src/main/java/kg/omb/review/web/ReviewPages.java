package kg.omb.review.web;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.shared.DomainException;

/**
 * Runs what a form of the review pages asks for and tells the next page what became of it (POST-redirect-GET): done,
 * or refused with the translated reason; a refused action changes nothing, as the service's transaction rolls back.
 */
final class ReviewPages {

	static final String STALE = "review.page.stale";

	private ReviewPages() {
	}

	static String run(RedirectAttributes redirect, String to, String done, Runnable action) {
		return runThen(redirect, () -> to, done, () -> {
			action.run();
			return null;
		});
	}

	static <T> String runThen(RedirectAttributes redirect, Supplier<String> to, String done, Supplier<T> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flash", done);
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("refusal", STALE);
			redirect.addFlashAttribute("refusalArguments", new Object[0]);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("refusal", refused.messageKey());
			redirect.addFlashAttribute("refusalArguments", readable(refused.arguments()));
		}
		return "redirect:" + to.get();
	}

	/** A conclusion's PDF, shown in the browser; its file name carries no one's name. */
	static ResponseEntity<byte[]> pdf(long requestId, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("expert-conclusion-" + requestId + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	private static Object[] readable(Object[] arguments) {
		Object[] readable = arguments.clone();
		for (int i = 0; i < readable.length; i++) {
			if (readable[i] instanceof Enum<?> value) {
				readable[i] = value.name();
			}
			else if (readable[i] instanceof java.time.LocalDate day) {
				readable[i] = day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
			}
		}
		return readable;
	}

}
