package kg.omb.portal.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kg.omb.shared.Bishkek;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.opendata.OpenDataset;
import kg.omb.shared.table.TableFormat;

/**
 * {@code /opendata}: every registry the portal publishes as open data, each with its dictionary of fields
 * ({@code /opendata/{name}}) and its files in CSV, JSON and XLSX ({@code /opendata/{name}.csv}...), free to reuse.
 */
@Controller
class OpenDataController {

	static final List<String> FORMATS = List.of("csv", "json", "xlsx");

	private final OpenDataFiles files;

	private final Clock clock;

	OpenDataController(OpenDataFiles files, Clock clock) {
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/opendata")
	String catalogue(Model model) {
		model.addAttribute("datasets", files.all());
		model.addAttribute("formats", FORMATS);
		return "portal/opendata";
	}

	@GetMapping("/opendata/{name:[a-z-]+}")
	String dictionary(@PathVariable String name, Model model) {
		model.addAttribute("dataset", dataset(name));
		model.addAttribute("formats", FORMATS);
		return "portal/opendata-dictionary";
	}

	@GetMapping("/opendata/{name:[a-z-]+}.{extension:csv|json|xlsx}")
	void file(@PathVariable String name, @PathVariable String extension, HttpServletResponse response)
			throws IOException {
		OpenDataset dataset = dataset(name);
		String fileName = dataset.name() + "-" + Bishkek.today(clock) + "." + extension;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (extension.equals("json")) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			files.json(dataset, response.getOutputStream());
			return;
		}
		TableFormat format = TableFormat.ofExtension(extension).orElseThrow();
		response.setContentType(format.contentType());
		files.table(dataset, format, response.getOutputStream());
	}

	private OpenDataset dataset(String name) {
		return files.find(name).orElseThrow(() -> new NotFoundException("portal.opendata.not-found"));
	}

}
