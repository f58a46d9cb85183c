package kg.omb.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kg.omb.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxTableTests {

	@TempDir
	Path directory;

	@Test
	void fiveThousandWrittenRowsReadBackTheSameWithKyrgyzLetters() throws IOException {
		Path file = directory.resolve("big.xlsx");
		try (OutputStream out = Files.newOutputStream(file);
				TableWriter writer = TableWriter.of(TableFormat.XLSX, out, "classifier")) {
			writer.row(List.of("code", "name_ky", "introduced_on"));
			for (int i = 0; i < 5_000; i++) {
				writer.row(List.of(String.format("%06d", i), "Адистик ң ө ү № " + i, "2024-09-01"));
			}
			writer.finish();
		}

		RecordingSink sink = new RecordingSink();
		new XlsxTableReader().read(file, sink);

		assertThat(sink.header).containsExactly("code", "name_ky", "introduced_on");
		assertThat(sink.rows).hasSize(5_000);
		assertThat(sink.rows.get(0)).containsExactly("000000", "Адистик ң ө ү № 0", "2024-09-01");
		assertThat(sink.rows.get(4_999)).containsExactly("004999", "Адистик ң ө ү № 4999", "2024-09-01");
		assertThat(sink.rowNumbers.get(0)).isEqualTo(2);
		assertThat(sink.rowNumbers.get(4_999)).isEqualTo(5_001);
	}

	@Test
	void typedDatesNumbersAndGapsReadAsTheImportExpects() throws IOException {
		Path file = directory.resolve("typed.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet first = workbook.createSheet("first");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			Row header = first.createRow(0);
			header.createCell(0).setCellValue("code");
			header.createCell(1).setCellValue("parent_code");
			header.createCell(2).setCellValue("introduced_on");
			Row row = first.createRow(3);
			row.createCell(0).setCellValue(580100);
			var introduced = row.createCell(2);
			introduced.setCellValue(LocalDate.of(2024, 9, 1));
			introduced.setCellStyle(date);
			workbook.createSheet("second").createRow(0).createCell(0).setCellValue("ignored");
			workbook.write(out);
		}

		RecordingSink sink = new RecordingSink();
		new XlsxTableReader().read(file, sink);

		assertThat(sink.header).containsExactly("code", "parent_code", "introduced_on");
		assertThat(sink.rows).containsExactly(List.of("580100", "", "2024-09-01"));
		assertThat(sink.rowNumbers).containsExactly(4);
	}

	@Test
	void aDamagedWorkbookIsUnreadable() throws IOException {
		Path file = directory.resolve("damaged.xlsx");
		Files.write(file, new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8 });

		assertThatThrownBy(() -> new XlsxTableReader().read(file, new RecordingSink()))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("transfer.error.unreadable"));
	}

	@Test
	void anEmptySheetHasNoHeader() throws IOException {
		Path file = directory.resolve("empty.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("empty");
			workbook.write(out);
		}

		assertThatThrownBy(() -> new XlsxTableReader().read(file, new RecordingSink()))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("transfer.error.no-header"));
	}

}
