package kg.omb.shared.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kg.omb.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTests {

	static final String KYRGYZ = "Ош мамлекеттик университети: ң ө ү Ң Ө Ү";

	@TempDir
	Path directory;

	@Test
	void readsCommaSeparatedUtf8WithRowNumbersAsTheFileHasThem() throws IOException {
		RecordingSink sink = read("code,name_ky\r\nOSHSU,\"" + KYRGYZ + "\"\r\n\r\nKNU,Кыргыз улуттук\r\n");

		assertThat(sink.header).containsExactly("code", "name_ky");
		assertThat(sink.rows).containsExactly(List.of("OSHSU", KYRGYZ), List.of("KNU", "Кыргыз улуттук"));
		assertThat(sink.rowNumbers).containsExactly(2, 4);
	}

	@Test
	void readsSemicolonSeparatedFilesWithAByteOrderMark() throws IOException {
		RecordingSink sink = read("\uFEFFcode;name_ky;sectors\nKNU;\"Университет, Бишкек\";HIGHER,SECONDARY_VOCATIONAL\n");

		assertThat(sink.header).containsExactly("code", "name_ky", "sectors");
		assertThat(sink.rows).containsExactly(List.of("KNU", "Университет, Бишкек", "HIGHER,SECONDARY_VOCATIONAL"));
	}

	@Test
	void aCellOverSeveralLinesKeepsTheNumberOfTheLineItStartsOn() throws IOException {
		RecordingSink sink = read("code,address\nA,\"line one\nline two\"\nB,x\n");

		assertThat(sink.rows.get(0)).containsExactly("A", "line one\nline two");
		assertThat(sink.rowNumbers).containsExactly(2, 4);
	}

	@Test
	void refusesTextThatIsNotUtf8() throws IOException {
		Path file = directory.resolve("cp1251.csv");
		Files.write(file, ("code,name_ky\nKNU," + KYRGYZ.replace("ң", "н") + "\n").getBytes(Charset.forName("windows-1251")));

		assertThatThrownBy(() -> new CsvTableReader().read(file, new RecordingSink()))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("transfer.error.not-utf8"));
	}

	@Test
	void refusesAQuoteThatIsNeverClosed() throws IOException {
		assertThatThrownBy(() -> read("code,name_ky\nKNU,\"never closed\n"))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("transfer.error.csv-malformed"));
	}

	@Test
	void aFileOfBlankLinesHasNoHeader() {
		assertThatThrownBy(() -> read("\n\n"))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("transfer.error.no-header"));
	}

	@Test
	void writtenCellsReadBackTheSameIncludingFormulaLikeOnes() throws IOException {
		List<List<String>> rows = List.of(List.of("code", "name_ky", "note"),
				List.of("KNU", KYRGYZ, "=HYPERLINK(\"x\")"), List.of("A-1", "a, \"quoted\"; b", "-5"),
				List.of("B", "first\nsecond", "@here"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = TableWriter.of(TableFormat.CSV, out, "sheet")) {
			for (List<String> row : rows) {
				writer.row(row);
			}
			writer.finish();
		}
		String written = out.toString(StandardCharsets.UTF_8);
		assertThat(written).startsWith("\uFEFFcode,name_ky,note\r\n").contains("'=HYPERLINK").contains("'-5");

		RecordingSink sink = read(written);
		assertThat(sink.header).isEqualTo(rows.get(0));
		assertThat(sink.rows).isEqualTo(rows.subList(1, rows.size()));
	}

	private RecordingSink read(String content) throws IOException {
		Path file = Files.createTempFile(directory, "table", ".csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		RecordingSink sink = new RecordingSink();
		new CsvTableReader().read(file, sink);
		return sink;
	}

}
