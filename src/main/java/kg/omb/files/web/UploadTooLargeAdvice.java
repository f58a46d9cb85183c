package kg.omb.files.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import kg.omb.files.StoredFiles;
import kg.omb.shared.DomainException;

/**
 * An upload over the servlet container's multipart limit never reaches a controller: Spring refuses it while reading
 * the request. The person gets the same translated "too large" message the files module gives, on the page that
 * sent the file (the "My files" page, or an error page elsewhere), not a bare error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

	private final StoredFiles files;

	private final DataSize limit;

	UploadTooLargeAdvice(StoredFiles files,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
		this.files = files;
		this.limit = limit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		long bytes = exception.getMaxUploadSize() > 0 ? exception.getMaxUploadSize() : limit.toBytes();
		var refusal = new DomainException("files.error.too-large",
				Math.max(1, bytes / DataSize.ofMegabytes(1).toBytes()));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/files") || path.equals("/files/")) {
			return MyFilesPage.show(model, files, refusal);
		}
		model.addAttribute("messageKey", refusal.messageKey());
		model.addAttribute("messageArguments", refusal.arguments());
		return "files/too-large";
	}

}
