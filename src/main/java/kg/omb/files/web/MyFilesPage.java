package kg.omb.files.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;

import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;

/** The model of the "My files" page: the person's uploads and, after a refused upload, the reason. */
final class MyFilesPage {

	private MyFilesPage() {
	}

	static String show(Model model, StoredFiles files, @Nullable DomainException refusal) {
		Long accountId = Actor.current().accountId();
		List<StoredFile> mine = accountId == null ? List.of() : files.uploadedBy(accountId);
		model.addAttribute("files", mine.stream().map(Row::of).toList());
		model.addAttribute("maxMegabytes", Math.max(1, files.maxUploadSize() / DataSize.ofMegabytes(1).toBytes()));
		if (refusal != null) {
			model.addAttribute("errorKey", refusal.messageKey());
			model.addAttribute("errorArguments", refusal.arguments());
		}
		return FilesController.VIEW;
	}

	/** One line of the list, with the size in words people read. */
	record Row(StoredFile file, String size) {

		static Row of(StoredFile file) {
			return new Row(file, readable(file.size()));
		}

		static String readable(long bytes) {
			if (bytes < DataSize.ofKilobytes(1).toBytes()) {
				return bytes + " B";
			}
			if (bytes < DataSize.ofMegabytes(1).toBytes()) {
				return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
			}
			return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
		}

	}

}
