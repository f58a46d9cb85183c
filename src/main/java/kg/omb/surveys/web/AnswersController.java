package kg.omb.surveys.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.shared.DomainException;
import kg.omb.surveys.domain.AnswerInput;
import kg.omb.surveys.domain.Attachment;
import kg.omb.surveys.domain.AnswerWorkbook;
import kg.omb.surveys.domain.CellRef;
import kg.omb.surveys.domain.CheckedAnswer;
import kg.omb.surveys.domain.FileProblem;
import kg.omb.surveys.domain.FormColumn;
import kg.omb.surveys.domain.FormField;
import kg.omb.surveys.domain.FormRow;
import kg.omb.surveys.domain.SurveyService;
import kg.omb.surveys.domain.SurveyService.AnswerForm;

/**
 * An organisation's answer: filled in the browser (drafts, submission) or through the generated workbook, and the
 * owner's decision on it. Field inputs are named {@code f:code}, cells {@code c:specialty:level:column}, the files
 * of FILE fields {@code file:code}.
 */
@Controller
@SurveysConsole
class AnswersController {

	private final SurveyService surveys;

	private final MessageSource messages;

	AnswersController(SurveyService surveys, MessageSource messages) {
		this.surveys = surveys;
		this.messages = messages;
	}

	@GetMapping("/surveys/answers/{id}")
	String answer(@PathVariable long id, Model model) {
		AnswerForm form = surveys.answer(id);
		model.addAttribute("form", form);
		if (!model.containsAttribute("values")) {
			Map<String, String> values = new HashMap<>();
			form.answer().fields().forEach((code, value) -> values.put("f:" + code, value));
			form.answer().cells().forEach((cell, value) -> values.put(name(cell), Long.toString(value)));
			model.addAttribute("values", values);
		}
		model.addAttribute("maxUploadMb", SurveyService.MAX_UPLOAD / (1024 * 1024));
		return "surveys/answer";
	}

	/**
	 * The answer as typed, with the files chosen for its FILE fields (inputs named {@code file:code}; the form is
	 * sent as multipart when the request has any).
	 */
	@PostMapping("/surveys/answers/{id}")
	String processAnswerForm(@PathVariable long id, @RequestParam long version, @RequestParam String action,
			@RequestParam MultiValueMap<String, String> parameters,
			@RequestParam MultiValueMap<String, MultipartFile> uploads, RedirectAttributes redirect) {
		AnswerForm form = surveys.answer(id);
		Map<String, String> fields = new HashMap<>();
		Map<CellRef, String> cells = new HashMap<>();
		Map<String, String> values = new HashMap<>();
		List<Attachment> attachments = new ArrayList<>();
		for (FormField field : form.template().definition().fields()) {
			if (field.isFile()) {
				attachment(field.code(), uploads.getFirst("file:" + field.code())).ifPresent(attachments::add);
				continue;
			}
			String value = parameters.getFirst("f:" + field.code());
			fields.put(field.code(), value == null ? "" : value);
			values.put("f:" + field.code(), value == null ? "" : value);
		}
		for (FormRow row : form.template().definition().rows()) {
			for (FormColumn column : form.template().definition().columns()) {
				CellRef cell = new CellRef(row, column.code());
				String value = parameters.getFirst(name(cell));
				cells.put(cell, value == null ? "" : value);
				values.put(name(cell), value == null ? "" : value);
			}
		}
		boolean submit = "submit".equals(action);
		try {
			CheckedAnswer checked = surveys.fill(id, version, new AnswerInput(fields, cells), attachments, submit);
			if (!checked.valid()) {
				redirect.addFlashAttribute("values", values);
				redirect.addFlashAttribute("violations", checked.violations());
				redirect.addFlashAttribute("error", "surveys.answer.invalid");
				redirect.addFlashAttribute("errorArguments", new Object[] { checked.violations().size() });
			}
			else {
				redirect.addFlashAttribute("flash", submit ? "surveys.answer.submitted" : "surveys.answer.saved");
			}
		}
		catch (kg.omb.shared.NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("values", values);
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/surveys/answers/" + id;
	}

	/** A file chosen in the browser; none when the input was left empty. */
	private static Optional<Attachment> attachment(String field, @Nullable MultipartFile file) {
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
				|| file.getOriginalFilename().isBlank()))) {
			return Optional.empty();
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		return Optional.of(new Attachment(field, name, file.getSize(), file::getInputStream));
	}

	/** The file of a FILE field, for the organisation's representative and the request's owner only. */
	@GetMapping("/surveys/answers/{id}/files/{code}")
	ResponseEntity<Resource> file(@PathVariable long id, @PathVariable String code) {
		SurveyService.FileDownload download = surveys.file(id, code);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.file().mediaType()))
			.contentLength(download.file().size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.file().name(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(download.content()));
	}

	@GetMapping("/surveys/answers/{id}/form.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long id, Locale locale) throws IOException {
		AnswerWorkbook.Headings headings = new AnswerWorkbook.Headings(text("surveys.xlsx.code", locale),
				text("surveys.xlsx.label", locale), text("surveys.xlsx.value", locale),
				text("surveys.xlsx.specialty", locale), text("surveys.xlsx.level", locale),
				text("surveys.xlsx.file-note", locale));
		byte[] content = surveys.workbook(id, locale, headings);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(kg.omb.shared.table.TableFormat.XLSX.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("answer-" + id + ".xlsx").build().toString())
			.body(content);
	}

	@PostMapping("/surveys/answers/{id}/upload")
	String upload(@PathVariable long id, @RequestParam long version, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file.getSize() > SurveyService.MAX_UPLOAD) {
			problems(redirect, List.of(new FileProblem(null, null, "surveys.upload.size",
					SurveyService.MAX_UPLOAD / (1024 * 1024))));
			return "redirect:/surveys/answers/" + id;
		}
		try {
			List<FileProblem> problems = surveys.upload(id, version, file.getBytes());
			if (problems.isEmpty()) {
				redirect.addFlashAttribute("flash", "surveys.upload.done");
			}
			else {
				problems(redirect, problems);
			}
		}
		catch (kg.omb.shared.NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/surveys/answers/" + id;
	}

	@PostMapping("/surveys/answers/{id}/accept")
	String accept(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return Outcome.run(redirect, "/surveys/answers/" + id, "surveys.answer.accepted",
				new MapBindingResult(Map.of(), "accept"), () -> surveys.accept(id, version));
	}

	@PostMapping("/surveys/answers/{id}/return")
	String returnAnswer(@PathVariable long id, @Valid Forms.ReturnForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return Outcome.run(redirect, "/surveys/answers/" + id, "surveys.answer.returned", binding,
				() -> surveys.returnAnswer(id, form.version(), form.remarks()));
	}

	private static void problems(RedirectAttributes redirect, List<FileProblem> problems) {
		redirect.addFlashAttribute("problems", problems);
		redirect.addFlashAttribute("error", "surveys.upload.refused");
		redirect.addFlashAttribute("errorArguments", new Object[] { problems.size() });
	}

	static String name(CellRef cell) {
		return "c:" + cell.specialtyCode() + ":" + cell.levelCode() + ":" + cell.columnCode();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
