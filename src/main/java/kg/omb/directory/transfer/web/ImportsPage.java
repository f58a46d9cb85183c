package kg.omb.directory.transfer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import kg.omb.directory.transfer.Column;
import kg.omb.directory.transfer.Exports;
import kg.omb.directory.transfer.ImportKind;
import kg.omb.directory.transfer.Imports;
import kg.omb.files.StoredFiles;
import kg.omb.shared.DomainException;

/** The model of the imports page: the form (with a refusal, if any), the columns of each kind, recent jobs. */
@Component
class ImportsPage {

	static final String VIEW = "directory/transfer/imports";

	private final Imports imports;

	private final Exports exports;

	private final StoredFiles files;

	ImportsPage(Imports imports, Exports exports, StoredFiles files) {
		this.imports = imports;
		this.exports = exports;
		this.files = files;
	}

	String show(Model model, ImportKind chosen, @Nullable DomainException refused) {
		model.addAttribute("jobs", imports.recent());
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("chosen", chosen);
		Map<ImportKind, List<Column>> columns = new LinkedHashMap<>();
		for (ImportKind kind : ImportKind.values()) {
			columns.put(kind, exports.columns(kind));
		}
		model.addAttribute("columns", columns);
		model.addAttribute("maxMegabytes", Math.max(1, files.maxUploadSize() / (1024 * 1024)));
		if (refused != null) {
			model.addAttribute("errorKey", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
		}
		return VIEW;
	}

}
