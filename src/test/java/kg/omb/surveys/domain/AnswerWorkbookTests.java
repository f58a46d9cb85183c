package kg.omb.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import kg.omb.shared.LocalizedText;
import kg.omb.surveys.domain.Views.RowView;

class AnswerWorkbookTests {

	static final FormDefinition FORM = FormCheckTests.FORM;

	static final List<RowView> ROWS = FORM.rows()
		.stream()
		.map(row -> new RowView(row, LocalizedText.of("Экономика", "Экономика", "Economics"),
				LocalizedText.of(row.levelCode(), row.levelCode(), row.levelCode())))
		.toList();

	static final String FILE_NOTE = "Файлды жадыбалда тиркөөгө болбойт: аны жооптун баракчасында тиркеңиз.";

	static final AnswerWorkbook.Headings HEADINGS = new AnswerWorkbook.Headings("Код", "Аталышы", "Маани",
			"Адистик", "Деңгээл", FILE_NOTE);

	@Test
	void aWorkbookFilledInAsGeneratedReadsBackAsTheSameAnswer() throws IOException {
		byte[] blank = AnswerWorkbook.write(42, FORM, ROWS, Map.of(), Map.of(), Locale.forLanguageTag("ky"), HEADINGS);

		byte[] filled = edit(blank, workbook -> {
			Sheet form = workbook.getSheet("form");
			form.getRow(2).createCell(2).setCellValue(1200);
			form.getRow(3).createCell(2).setCellValue(1500);
			form.getRow(4).createCell(2).setCellValue("Асанов Б.");
			form.getRow(5).createCell(2).setCellValue("күндүзгү");
			Sheet table = workbook.getSheet("table");
			long[][] figures = { { 1000, 800, 600 }, { 200, 30, 30 } };
			for (int r = 0; r < 2; r++) {
				for (int c = 0; c < 3; c++) {
					table.getRow(2 + r).createCell(4 + c).setCellValue(figures[r][c]);
				}
			}
		});

		AnswerWorkbook.Reading reading = AnswerWorkbook.read(filled, 42, FORM);

		assertThat(reading.problems()).isEmpty();
		CheckedAnswer checked = FormCheck.check(FORM, reading.input(), true);
		assertThat(checked.violations()).isEmpty();
		assertThat(checked.cells()).containsEntry(new CellRef(FormCheckTests.ECONOMICS_MASTER, "graduates"), 30L);
		assertThat(checked.fields()).containsEntry("head", "Асанов Б.").containsEntry("total_enrolled", "1200");
		assertThat(new org.apache.tika.Tika().detect(filled))
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void valuesKeptSoFarAreWrittenIntoTheWorkbook() throws IOException {
		CellRef cell = new CellRef(FormCheckTests.ECONOMICS_BACHELOR, "graduates");
		byte[] written = AnswerWorkbook.write(42, FORM, ROWS, Map.of("head", "Асанов"), Map.of(cell, 800L),
				Locale.forLanguageTag("ru"), HEADINGS);

		AnswerWorkbook.Reading reading = AnswerWorkbook.read(written, 42, FORM);

		assertThat(reading.input().cells()).containsEntry(cell, "800");
		assertThat(reading.input().fields()).containsEntry("head", "Асанов");
	}

	@Test
	void aBadWorkbookYieldsNothingAndAReportOfEveryProblemWithItsSheetAndCell() throws IOException {
		byte[] blank = AnswerWorkbook.write(42, FORM, ROWS, Map.of(), Map.of(), Locale.forLanguageTag("ky"), HEADINGS);
		byte[] bad = edit(blank, workbook -> {
			workbook.getSheet("form").getRow(2).createCell(2).setCellValue("миң");
			Sheet table = workbook.getSheet("table");
			table.getRow(2).createCell(5).setCellValue(-3);
			table.getRow(3).createCell(4).setCellValue("12,5");
		});

		AnswerWorkbook.Reading reading = AnswerWorkbook.read(bad, 42, FORM);

		assertThat(reading.input().fields()).isEmpty();
		assertThat(reading.input().cells()).isEmpty();
		assertThat(reading.problems()).extracting(FileProblem::sheet, FileProblem::cell, FileProblem::messageKey)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("form", "C3", "surveys.check.not-a-number"),
					org.assertj.core.groups.Tuple.tuple("table", "F3", "surveys.check.out-of-range"),
					org.assertj.core.groups.Tuple.tuple("table", "E4", "surveys.check.not-a-number"));
	}

	@Test
	void refusesTheWorkbookOfAnotherAnswerAChangedColumnAndAMissingOrUnknownRow() throws IOException {
		byte[] blank = AnswerWorkbook.write(42, FORM, ROWS, Map.of(), Map.of(), Locale.forLanguageTag("ky"), HEADINGS);

		assertThat(AnswerWorkbook.read(blank, 43, FORM).problems()).extracting(FileProblem::messageKey)
			.containsExactly("surveys.upload.other-answer");

		byte[] changed = edit(blank, workbook -> {
			Sheet table = workbook.getSheet("table");
			table.getRow(3).getCell(0).setCellValue("999999");
		});
		assertThat(AnswerWorkbook.read(changed, 42, FORM).problems()).extracting(FileProblem::messageKey)
			.containsExactlyInAnyOrder("surveys.upload.unknown-row", "surveys.upload.row-missing");

		byte[] renamed = edit(blank, workbook -> workbook.getSheet("table").getRow(0).getCell(5).setCellValue("x"));
		assertThat(AnswerWorkbook.read(renamed, 42, FORM).problems()).extracting(FileProblem::cell)
			.containsExactly("F1");
	}

	@Test
	void aFileFieldCarriesANoteThatItCannotBeFilledInTheWorkbookAndItsCellIsNotRead() throws IOException {
		FormDefinition form = new FormDefinition(
				List.of(new FormField("head", FieldKind.TEXT, "Жетекчи", null, null, true, null, null, null),
						FormField.file("plan", "Кабыл алуу планы", null, null, true, java.util.Set.of(FileKind.PDF),
								null)),
				List.of(), List.of(), List.of());
		byte[] written = AnswerWorkbook.write(42, form, List.of(), Map.of("head", "Асанов", "plan", "777"), Map.of(),
				Locale.forLanguageTag("ky"), HEADINGS);

		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written))) {
			var row = workbook.getSheet("form").getRow(3);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("plan");
			assertThat(row.getCell(AnswerWorkbook.NOTE_COLUMN).getStringCellValue()).isEqualTo(FILE_NOTE);
			assertThat(row.getCell(2).getCellComment().getString().getString()).isEqualTo(FILE_NOTE);
			assertThat(row.getCell(2).getStringCellValue()).isEmpty();
		}
		byte[] typedIn = edit(written, workbook -> workbook.getSheet("form").getRow(3).getCell(2).setCellValue("999"));
		AnswerWorkbook.Reading reading = AnswerWorkbook.read(typedIn, 42, form);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.input().fields()).containsExactly(Map.entry("head", "Асанов"));

		byte[] withoutTheRow = edit(written, workbook -> workbook.getSheet("form")
			.removeRow(workbook.getSheet("form").getRow(3)));
		assertThat(AnswerWorkbook.read(withoutTheRow, 42, form).problems()).isEmpty();
	}

	@Test
	void somethingThatIsNotAWorkbookIsReportedAsUnreadable() {
		assertThat(AnswerWorkbook.read("not a workbook".getBytes(), 42, FORM).problems())
			.extracting(FileProblem::messageKey)
			.containsExactly("surveys.upload.unreadable");
	}

	static byte[] edit(byte[] content, java.util.function.Consumer<Workbook> change) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
