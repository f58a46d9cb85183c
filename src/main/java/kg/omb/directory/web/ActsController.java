package kg.omb.directory.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kg.omb.directory.ActCitation;
import kg.omb.directory.ActCitations;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.domain.LegalActRegistry;
import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.shared.Actor;
import kg.omb.shared.NotFoundException;

/**
 * A legal act's public page: what it is, who issued it, its scan, and everything that rests on it, as every module
 * whose changes cite acts reports it ({@link ActCitations}).
 */
@Controller
class ActsController {

	private final LegalActs acts;

	private final LegalActRegistry registry;

	private final StoredFiles files;

	private final List<ActCitations> citations;

	ActsController(LegalActs acts, LegalActRegistry registry, StoredFiles files, List<ActCitations> citations) {
		this.acts = acts;
		this.registry = registry;
		this.files = files;
		this.citations = List.copyOf(citations);
	}

	@GetMapping("/acts/{id}")
	String act(@PathVariable long id, Model model) {
		LegalActView act = find(id);
		model.addAttribute("act", act);
		model.addAttribute("issuerName", registry.issuerName(act.issuer()));
		model.addAttribute("scan", act.fileId() == null ? null : files.find(act.fileId()).orElse(null));
		model.addAttribute("citations", citations.stream()
			.flatMap(source -> source.citing(id).stream())
			.sorted(Comparator.comparing(ActCitation::effectiveOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList());
		return "directory/acts/detail";
	}

	/** The scan, for anyone: acts are public (§6). */
	@GetMapping("/acts/{id}/scan")
	ResponseEntity<Resource> scan(@PathVariable long id) {
		LegalActView act = find(id);
		if (act.fileId() == null) {
			throw new NotFoundException("act.error.no-scan", act.number());
		}
		StoredFile file = files.findReadable(act.fileId(), Actor.current());
		InputStream content = files.open(file.id());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}

	private LegalActView find(long id) {
		return acts.find(id).orElseThrow(() -> new NotFoundException("act.error.not-found", id));
	}

}
