package kg.omb.portal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

import kg.omb.shared.opendata.OpenDataField;
import kg.omb.shared.opendata.OpenDataset;
import kg.omb.shared.table.TableFormat;
import kg.omb.shared.table.TableWriter;

/**
 * Writes the modules' open datasets as files, row by row onto the stream: CSV and XLSX with the field names as
 * header, JSON as an array of objects whose numbers and booleans are typed. Each file is read in one read-only
 * transaction, so it is one consistent picture of its registry.
 */
@Service
@Transactional(readOnly = true)
class OpenDataFiles {

	private final Map<String, OpenDataset> datasets;

	private final ObjectMapper json;

	OpenDataFiles(List<OpenDataset> datasets, ObjectMapper json) {
		this.datasets = datasets.stream()
			.sorted(java.util.Comparator.comparing(OpenDataset::name))
			.collect(Collectors.toMap(OpenDataset::name, Function.identity(), (a, b) -> {
				throw new IllegalStateException("Two open datasets named " + a.name());
			}, java.util.LinkedHashMap::new));
		this.json = json;
	}

	List<OpenDataset> all() {
		return List.copyOf(datasets.values());
	}

	Optional<OpenDataset> find(String name) {
		return Optional.ofNullable(datasets.get(name));
	}

	void table(OpenDataset dataset, TableFormat format, OutputStream out) throws IOException {
		try (TableWriter writer = TableWriter.of(format, out, dataset.name())) {
			writer.row(dataset.fields().stream().map(OpenDataField::name).toList());
			try {
				dataset.each(cells -> {
					try {
						writer.row(cells.stream().map(cell -> cell == null ? "" : cell).toList());
					}
					catch (IOException failure) {
						throw new UncheckedIOException(failure);
					}
				});
			}
			catch (UncheckedIOException failure) {
				throw failure.getCause();
			}
			writer.finish();
		}
	}

	void json(OpenDataset dataset, OutputStream out) {
		List<OpenDataField> fields = dataset.fields();
		try (JsonGenerator generator = json.createGenerator(out)) {
			generator.writeStartArray();
			dataset.each(cells -> {
				generator.writeStartObject();
				for (int i = 0; i < fields.size(); i++) {
					generator.writeName(fields.get(i).name());
					value(generator, fields.get(i), cells.get(i));
				}
				generator.writeEndObject();
			});
			generator.writeEndArray();
		}
	}

	private static void value(JsonGenerator generator, OpenDataField field, String cell) {
		if (cell == null || cell.isEmpty()) {
			generator.writeNull();
			return;
		}
		switch (field.type()) {
			case INTEGER -> generator.writeNumber(Long.parseLong(cell));
			case BOOLEAN -> generator.writeBoolean(Boolean.parseBoolean(cell));
			default -> generator.writeString(cell);
		}
	}

}
