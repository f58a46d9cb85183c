package kg.omb.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.LegalActKind;
import kg.omb.directory.LegalActView;
import kg.omb.directory.domain.LegalActRegistry;
import kg.omb.directory.domain.ScanUpload;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Recording legal acts: the list of acts by issuer, the form to record one (with its scan when it is at hand) and
 * adding the scan later. The issuers offered are those the person may record for.
 */
@Controller
class ActsManageController {

	static final String LIST = "directory/manage/acts";

	static final String FORM = "directory/manage/act-form";

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("act.error.duplicate", "number"),
			Map.entry("act.error.number-required", "number"), Map.entry("act.error.unknown-issuer", "issuer"),
			Map.entry("act.error.effective-before-signed", "effectiveOn"),
			Map.entry("act.error.title-required", "titleKy"));

	private final LegalActRegistry registry;

	ActsManageController(LegalActRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/manage/acts")
	String list(@RequestParam(name = "issuer", required = false) @Nullable String issuer,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		requireRecorder();
		Optional<ActIssuer> chosen = Choices.issuer(issuer);
		model.addAttribute("issuer", chosen.map(value -> issuer).orElse(""));
		model.addAttribute("acts", registry.list(chosen.orElse(null), page));
		model.addAttribute("issuers", registry.recordableIssuers());
		model.addAttribute("issuerNames", new IssuerNames(registry));
		return LIST;
	}

	@GetMapping("/manage/acts/new")
	String initCreationForm(@RequestParam(name = "issuer", required = false) @Nullable String issuer, Model model) {
		requireRecorder();
		return show(ActForm.empty(issuer), model);
	}

	@PostMapping("/manage/acts")
	String processCreationForm(@Valid @ModelAttribute("form") ActForm form, BindingResult binding,
			@RequestParam(name = "scan", required = false) @Nullable MultipartFile scan, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (binding.getTarget() == null) {
			model.addAttribute("formError", FormFailures.UNREADABLE);
			FormFailures.invalid(response);
			return show(ActForm.empty(null), model);
		}
		Optional<ActIssuer> issuer = Choices.issuer(form.issuer());
		if (!binding.hasFieldErrors("issuer") && issuer.isEmpty()) {
			binding.rejectValue("issuer", "act.error.unknown-issuer");
		}
		LocalDate signed = FormDates.read(form.signedOn(), "signedOn", true, binding);
		LocalDate effective = FormDates.read(form.effectiveOn(), "effectiveOn", false, binding);
		if (binding.hasErrors() || issuer.isEmpty() || signed == null) {
			FormFailures.invalid(response);
			return show(form, model);
		}
		try (InputStream content = present(scan) ? scan.getInputStream() : InputStream.nullInputStream()) {
			ScanUpload upload = present(scan) ? new ScanUpload(content, name(scan), scan.getSize()) : null;
			long id = registry.record(form.toData(issuer.get(), signed, effective == null ? signed : effective), upload);
			redirect.addFlashAttribute("flash", "act.recorded");
			return "redirect:/acts/" + id;
		}
		catch (NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			if (isAboutTheScan(refused)) {
				model.addAttribute("scanError", refused);
				FormFailures.invalid(response);
			}
			else {
				FormFailures.refused(refused, binding, FIELDS, response);
			}
			return show(form, model);
		}
	}

	@PostMapping("/manage/acts/{id}/scan")
	String attachScan(@PathVariable long id, @RequestParam(name = "version") long version,
			@RequestParam(name = "scan", required = false) @Nullable MultipartFile scan, RedirectAttributes redirect,
			HttpServletResponse response, Model model) throws IOException {
		if (!present(scan)) {
			return refusedScan(id, new DomainException("act.error.scan-required"), HttpStatus.UNPROCESSABLE_CONTENT,
					model, response);
		}
		try (InputStream content = scan.getInputStream()) {
			registry.attachScan(id, version, new ScanUpload(content, name(scan), scan.getSize()));
			redirect.addFlashAttribute("flash", "act.scan-attached");
			return "redirect:/acts/" + id;
		}
		catch (OptimisticLockingFailureException stale) {
			return refusedScan(id, new DomainException(FormFailures.STALE_EDIT), HttpStatus.CONFLICT, model,
					response);
		}
		catch (NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			return refusedScan(id, refused, HttpStatus.UNPROCESSABLE_CONTENT, model, response);
		}
	}

	/** The act's scan form again, with the reason it was refused. */
	private String refusedScan(long id, DomainException reason, HttpStatus status, Model model,
			HttpServletResponse response) {
		var editable = registry.editable(id);
		response.setStatus(status.value());
		model.addAttribute("act", editable.value());
		model.addAttribute("version", editable.version());
		model.addAttribute("issuerName", registry.issuerName(editable.value().issuer()));
		model.addAttribute("scanError", reason);
		return "directory/manage/act-scan";
	}

	@GetMapping("/manage/acts/{id}/scan")
	String scanForm(@PathVariable long id, Model model) {
		var editable = registry.editable(id);
		if (!registry.mayRecordFor(editable.value().issuer())) {
			throw new AccessDeniedException("directory.error.not-allowed");
		}
		model.addAttribute("act", editable.value());
		model.addAttribute("version", editable.version());
		model.addAttribute("issuerName", registry.issuerName(editable.value().issuer()));
		return "directory/manage/act-scan";
	}

	private String show(ActForm form, Model model) {
		if (model.getAttribute("form") == null) {
			model.addAttribute("form", form);
		}
		model.addAttribute("kinds", LegalActKind.values());
		model.addAttribute("issuers", registry.recordableIssuers());
		return FORM;
	}

	private void requireRecorder() {
		if (!registry.mayRecordSomeActs()) {
			throw new AccessDeniedException("directory.error.not-allowed");
		}
	}

	private static boolean isAboutTheScan(DomainException refused) {
		return refused.messageKey().startsWith("files.error.") || refused.messageKey().equals("act.error.scan-type");
	}

	private static boolean present(@Nullable MultipartFile scan) {
		return scan != null && !(scan.isEmpty() && (scan.getOriginalFilename() == null
				|| scan.getOriginalFilename().isBlank()));
	}

	private static String name(MultipartFile scan) {
		return scan.getOriginalFilename() == null ? "" : scan.getOriginalFilename();
	}

	/** Names of issuers for the list, looked up once each. */
	static final class IssuerNames {

		private final LegalActRegistry registry;

		private final Map<ActIssuer, kg.omb.shared.LocalizedText> known = new java.util.HashMap<>();

		IssuerNames(LegalActRegistry registry) {
			this.registry = registry;
		}

		public kg.omb.shared.LocalizedText of(LegalActView act) {
			return known.computeIfAbsent(act.issuer(), registry::issuerName);
		}

	}

}
