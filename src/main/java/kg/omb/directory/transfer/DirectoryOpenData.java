package kg.omb.directory.transfer;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kg.omb.shared.opendata.FieldType;
import kg.omb.shared.opendata.OpenDataField;
import kg.omb.shared.opendata.OpenDataset;

/**
 * The directory's open data: every education organisation and the whole classifier, in the same columns as their
 * CSV/XLSX exports (and imports), so that one file serves both.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryOpenData {

	static final Set<String> DATES = Set.of("introduced_on", "retired_on");

	@Bean
	OpenDataset organizationsDataset(Exports exports) {
		return new ExportedDataset("organizations", ImportKind.ORGANIZATIONS, exports);
	}

	@Bean
	OpenDataset classifierDataset(Exports exports) {
		return new ExportedDataset("classifier", ImportKind.CLASSIFIER, exports);
	}

	/** A dataset that is one of the directory's exports. */
	record ExportedDataset(String name, ImportKind kind, Exports exports) implements OpenDataset {

		@Override
		public List<OpenDataField> fields() {
			return exports.columns(kind).stream().map(column -> new OpenDataField(column.name(), type(column))).toList();
		}

		@Override
		public void each(Consumer<List<String>> row) {
			exports.eachRow(kind, row);
		}

		private static FieldType type(Column column) {
			if (DATES.contains(column.name())) {
				return FieldType.DATE;
			}
			return switch (column.name()) {
				case "special_status" -> FieldType.BOOLEAN;
				case "website" -> FieldType.URL;
				default -> FieldType.TEXT;
			};
		}

	}

}
