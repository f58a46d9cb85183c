package kg.omb.directory.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import kg.omb.shared.table.TableFormat;
import kg.omb.shared.table.TableWriter;

/**
 * Every organisation, or the whole classifier (retired entries too, with their dates), as CSV or XLSX, in the
 * columns an import reads: the directory's open data. Written row by row onto the stream.
 */
@Service
public class Exports {

	private final Map<ImportKind, ImportTarget<?>> targets;

	Exports(List<ImportTarget<?>> targets) {
		this.targets = targets.stream().collect(Collectors.toMap(ImportTarget::kind, Function.identity()));
	}

	/** The start of the file's name: {@code organizations}, {@code classifier}. */
	public String fileName(ImportKind kind) {
		return target(kind).fileName();
	}

	/** The columns, in the order of a file's header. */
	public List<Column> columns(ImportKind kind) {
		return target(kind).columns();
	}

	/** Gives every row's cells, in the order of {@link #columns(ImportKind)}. */
	public void eachRow(ImportKind kind, Consumer<List<String>> consumer) {
		eachRow(target(kind), consumer);
	}

	private static <R> void eachRow(ImportTarget<R> target, Consumer<List<String>> consumer) {
		target.each(row -> consumer.accept(target.cells(row)));
	}

	public void export(ImportKind kind, TableFormat format, OutputStream out) throws IOException {
		write(target(kind), format, out);
	}

	private <R> void write(ImportTarget<R> target, TableFormat format, OutputStream out) throws IOException {
		try (TableWriter writer = TableWriter.of(format, out, target.fileName())) {
			writer.row(target.columns().stream().map(Column::name).toList());
			try {
				target.each(row -> {
					try {
						writer.row(target.cells(row));
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

	private ImportTarget<?> target(ImportKind kind) {
		ImportTarget<?> target = targets.get(kind);
		if (target == null) {
			throw new IllegalStateException("No export of " + kind);
		}
		return target;
	}

}
