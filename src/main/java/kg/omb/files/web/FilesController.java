package kg.omb.files.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;

/** "My files": upload a file, see one's uploads, and download a file one may read. */
@Controller
@RequestMapping("/files")
class FilesController {

	static final String VIEW = "files/list";

	private final StoredFiles files;

	FilesController(StoredFiles files) {
		this.files = files;
	}

	@GetMapping
	String list(Model model) {
		return MyFilesPage.show(model, files, null);
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
				|| file.getOriginalFilename().isBlank()))) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return MyFilesPage.show(model, files, new DomainException("files.error.required"));
		}
		try (InputStream content = file.getInputStream()) {
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			StoredFile stored = files.store(content, name, file.getSize(), Actor.current());
			redirect.addFlashAttribute("flash", "files.uploaded");
			redirect.addFlashAttribute("uploaded", stored.id());
			return "redirect:/files";
		}
		catch (DomainException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return MyFilesPage.show(model, files, refused);
		}
	}

	@GetMapping("/{id}")
	ResponseEntity<Resource> download(@PathVariable long id) {
		StoredFile file = files.findReadable(id, Actor.current());
		InputStream content = files.open(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.originalName(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}

}
