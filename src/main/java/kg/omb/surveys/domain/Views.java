package kg.omb.surveys.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/** What the pages show of requests, read in one transaction. */
public final class Views {

	private Views() {
	}

	/** A row of the table with the names of its specialty and level. */
	public record RowView(FormRow row, LocalizedText specialtyName, LocalizedText levelName) {
	}

	public record TemplateView(long id, long version, OwnerType ownerType, long ownerId, LocalizedText ownerName,
			LocalizedText title, boolean sent, FormDefinition definition, List<RowView> rows) {
	}

	public record RoundView(long id, long version, long templateId, LocalizedText templateTitle, int year,
			LocalDate deadline, boolean closed, boolean published) {
	}

	public record AnswerView(long id, long version, RoundView round, long organizationId,
			LocalizedText organizationName, AnswerStatus status, @Nullable String remarks,
			@Nullable Instant submittedAt, Map<String, String> fields, Map<CellRef, Long> cells) {

		public String cell(FormRow row, String column) {
			Long value = cells.get(new CellRef(row, column));
			return value == null ? "" : Long.toString(value);
		}

		public String field(String code) {
			return fields.getOrDefault(code, "");
		}

	}

	/** A file attached to a FILE field of an answer: the stored file's id, name as uploaded, size and type. */
	public record FileView(long fileId, String name, long size, String mediaType) {

		/** The size in kilobytes, rounded up, at least 1. */
		public long sizeKb() {
			return Math.max(1, (size + 1023) / 1024);
		}

	}

	/** A file of an accepted answer: its field, the answer and its organisation, and the file. */
	public record AttachedFile(String fieldCode, LocalizedText fieldLabel, long answerId,
			LocalizedText organizationName, FileView file) {
	}

	/** An owner a template may be designed for: an OMB or an authority the person manages. */
	public record OwnerOption(OwnerType type, long id, LocalizedText name) {

		public String key() {
			return type + ":" + id;
		}

	}

}
