package kg.omb.surveys.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import kg.omb.surveys.domain.Views.RowView;

/**
 * The answer's form as a workbook the platform generates and reads back: the sheet {@code form} lists the fields
 * (code, label, value in column C), the sheet {@code table} has the codes of its columns in row 1, their labels in
 * row 2 and one row per specialty and level from row 3, with the figures from column E on. Cell A1 of {@code form}
 * names the answer, so a workbook of another organisation's answer is refused. Reading reports every problem with
 * its sheet and cell; a workbook with any problem yields no input at all. A FILE field cannot be filled in a
 * workbook: its row carries a note saying so (in column D and as the value cell's comment), and its value cell is
 * not read, so that the file attached in the browser stays as it is.
 */
public final class AnswerWorkbook {

	public static final String FORM = "form";

	public static final String TABLE = "table";

	static final String MARK = "answer";

	private static final int FIRST_FIELD_ROW = 2;

	private static final int FIRST_TABLE_ROW = 2;

	private static final int FIRST_FIGURE_COLUMN = 4;

	/** The column of the form sheet where a FILE field's note is written. */
	static final int NOTE_COLUMN = 3;

	private AnswerWorkbook() {
	}

	/**
	 * Headings in the reader's language: label of the field, specialty, level, the values' column, and the note
	 * beside a FILE field, which cannot be filled in a workbook.
	 */
	public record Headings(String field, String label, String value, String specialty, String level,
			String fileNote) {
	}

	public static byte[] write(long answerId, FormDefinition form, List<RowView> rows, Map<String, String> fields,
			Map<CellRef, Long> cells, Locale locale, Headings headings) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet formSheet = workbook.createSheet(FORM);
			Row mark = formSheet.createRow(0);
			mark.createCell(0).setCellValue(MARK);
			mark.createCell(1).setCellValue(answerId);
			Row heading = formSheet.createRow(1);
			text(heading, 0, headings.field(), bold);
			text(heading, 1, headings.label(), bold);
			text(heading, 2, headings.value(), bold);
			int r = FIRST_FIELD_ROW;
			for (FormField field : form.fields()) {
				Row row = formSheet.createRow(r++);
				row.createCell(0).setCellValue(field.code());
				row.createCell(1).setCellValue(field.label().in(locale));
				String value = fields.get(field.code());
				if (field.isFile()) {
					fileNote(formSheet, row, headings.fileNote());
				}
				else if (value != null && field.kind() == FieldKind.NUMBER) {
					row.createCell(2).setCellValue(Long.parseLong(value));
				}
				else if (value != null) {
					row.createCell(2).setCellValue(value);
				}
			}
			formSheet.setColumnWidth(1, 60 * 256);
			formSheet.setColumnWidth(NOTE_COLUMN, 60 * 256);
			formSheet.setColumnWidth(2, 30 * 256);
			Sheet table = workbook.createSheet(TABLE);
			Row codes = table.createRow(0);
			Row labels = table.createRow(1);
			text(codes, 0, "specialty", bold);
			text(codes, 2, "level", bold);
			text(labels, 0, headings.specialty(), bold);
			text(labels, 2, headings.level(), bold);
			for (int c = 0; c < form.columns().size(); c++) {
				FormColumn column = form.columns().get(c);
				text(codes, FIRST_FIGURE_COLUMN + c, column.code(), bold);
				text(labels, FIRST_FIGURE_COLUMN + c, column.label().in(locale), bold);
				table.setColumnWidth(FIRST_FIGURE_COLUMN + c, 16 * 256);
			}
			r = FIRST_TABLE_ROW;
			for (RowView view : rows) {
				Row row = table.createRow(r++);
				row.createCell(0).setCellValue(view.row().specialtyCode());
				row.createCell(1).setCellValue(view.specialtyName().in(locale));
				row.createCell(2).setCellValue(view.row().levelCode());
				row.createCell(3).setCellValue(view.levelName().in(locale));
				for (int c = 0; c < form.columns().size(); c++) {
					Long value = cells.get(new CellRef(view.row(), form.columns().get(c).code()));
					if (value != null) {
						row.createCell(FIRST_FIGURE_COLUMN + c).setCellValue(value);
					}
				}
			}
			table.setColumnWidth(1, 40 * 256);
			table.setColumnWidth(3, 20 * 256);
			table.createFreezePane(FIRST_FIGURE_COLUMN, FIRST_TABLE_ROW);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** What a workbook says, or every problem found in it (then the input is empty). */
	public record Reading(AnswerInput input, List<FileProblem> problems) {
	}

	public static Reading read(byte[] content, long answerId, FormDefinition form) {
		List<FileProblem> problems = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>();
		Map<CellRef, String> cells = new HashMap<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet formSheet = workbook.getSheet(FORM);
			Sheet table = workbook.getSheet(TABLE);
			if (formSheet == null || (table == null && !form.columns().isEmpty())) {
				problems.add(new FileProblem(formSheet == null ? FORM : TABLE, null, "surveys.upload.sheet-missing"));
				return new Reading(new AnswerInput(Map.of(), Map.of()), problems);
			}
			String mark = text(formSheet, 0, 0);
			String id = text(formSheet, 0, 1);
			if (!MARK.equals(mark) || !Long.toString(answerId).equals(id)) {
				problems.add(new FileProblem(FORM, "B1", "surveys.upload.other-answer"));
				return new Reading(new AnswerInput(Map.of(), Map.of()), problems);
			}
			readFields(formSheet, form, fields, problems);
			if (table != null) {
				readTable(table, form, cells, problems);
			}
		}
		catch (IOException | RuntimeException unreadable) {
			problems.add(new FileProblem(null, null, "surveys.upload.unreadable"));
		}
		if (!problems.isEmpty()) {
			return new Reading(new AnswerInput(Map.of(), Map.of()), problems);
		}
		AnswerInput input = new AnswerInput(fields, cells);
		CheckedAnswer checked = FormCheck.check(form, input, false);
		for (Violation violation : checked.violations()) {
			problems.add(locate(violation, form, fields));
		}
		return new Reading(problems.isEmpty() ? input : new AnswerInput(Map.of(), Map.of()), problems);
	}

	private static void readFields(Sheet sheet, FormDefinition form, Map<String, String> fields,
			List<FileProblem> problems) {
		Set<String> seen = new HashSet<>();
		for (int r = FIRST_FIELD_ROW; r <= sheet.getLastRowNum(); r++) {
			String code = text(sheet, r, 0);
			if (code.isEmpty()) {
				continue;
			}
			String reference = new CellReference(r, 0).formatAsString();
			if (form.field(code).isEmpty()) {
				problems.add(new FileProblem(FORM, reference, "surveys.upload.unknown-field", code));
			}
			else if (!seen.add(code)) {
				problems.add(new FileProblem(FORM, reference, "surveys.upload.field-twice", code));
			}
			else if (!form.field(code).orElseThrow().isFile()) {
				// a FILE field's cell is not read: its file is attached in the browser and stays as it is
				fields.put(code, text(sheet, r, 2));
			}
		}
		for (FormField field : form.fields()) {
			if (!field.isFile() && !seen.contains(field.code())) {
				problems.add(new FileProblem(FORM, null, "surveys.upload.field-missing", field.code()));
			}
		}
	}

	private static void readTable(Sheet sheet, FormDefinition form, Map<CellRef, String> cells,
			List<FileProblem> problems) {
		for (int c = 0; c < form.columns().size(); c++) {
			String code = text(sheet, 0, FIRST_FIGURE_COLUMN + c);
			if (!form.columns().get(c).code().equals(code)) {
				problems.add(new FileProblem(TABLE, new CellReference(0, FIRST_FIGURE_COLUMN + c).formatAsString(),
						"surveys.upload.column-changed", form.columns().get(c).code()));
			}
		}
		if (!problems.isEmpty()) {
			return;
		}
		Set<FormRow> expected = new HashSet<>(form.rows());
		Set<FormRow> seen = new HashSet<>();
		for (int r = FIRST_TABLE_ROW; r <= sheet.getLastRowNum(); r++) {
			String specialty = text(sheet, r, 0);
			String level = text(sheet, r, 2);
			if (specialty.isEmpty() && level.isEmpty()) {
				continue;
			}
			FormRow row = new FormRow(specialty, level);
			String reference = new CellReference(r, 0).formatAsString();
			if (!expected.contains(row)) {
				problems.add(new FileProblem(TABLE, reference, "surveys.upload.unknown-row", specialty, level));
				continue;
			}
			if (!seen.add(row)) {
				problems.add(new FileProblem(TABLE, reference, "surveys.upload.row-twice", specialty, level));
				continue;
			}
			for (int c = 0; c < form.columns().size(); c++) {
				cells.put(new CellRef(row, form.columns().get(c).code()), text(sheet, r, FIRST_FIGURE_COLUMN + c));
			}
		}
		for (FormRow row : form.rows()) {
			if (!seen.contains(row)) {
				problems.add(new FileProblem(TABLE, null, "surveys.upload.row-missing", row.specialtyCode(),
						row.levelCode()));
			}
		}
	}

	/** Where in the workbook a violation of the check is: the value cell of the field, or the figure's cell. */
	private static FileProblem locate(Violation violation, FormDefinition form, Map<String, String> fields) {
		if (violation.field() != null) {
			int index = 0;
			for (FormField field : form.fields()) {
				if (field.code().equals(violation.field())) {
					break;
				}
				index++;
			}
			return new FileProblem(FORM, new CellReference(FIRST_FIELD_ROW + index, 2).formatAsString(),
					violation.messageKey(), violation.arguments());
		}
		CellRef cell = violation.cell();
		int row = cell == null ? -1 : form.rows().indexOf(new FormRow(cell.specialtyCode(), cell.levelCode()));
		int column = -1;
		for (int c = 0; cell != null && c < form.columns().size(); c++) {
			if (form.columns().get(c).code().equals(cell.columnCode())) {
				column = c;
			}
		}
		// rows are read by their codes, not their places; the reference names the place the template gives them
		return new FileProblem(TABLE,
				row < 0 || column < 0 ? null
						: new CellReference(FIRST_TABLE_ROW + row, FIRST_FIGURE_COLUMN + column).formatAsString(),
				violation.messageKey(), violation.arguments());
	}

	/** The note beside a FILE field's value cell, in the cell's comment as well, where a spreadsheet shows it. */
	private static void fileNote(Sheet sheet, Row row, String note) {
		row.createCell(NOTE_COLUMN).setCellValue(note);
		Cell value = row.createCell(2);
		ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
		anchor.setCol1(3);
		anchor.setCol2(6);
		anchor.setRow1(row.getRowNum());
		anchor.setRow2(row.getRowNum() + 3);
		Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
		comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(note));
		value.setCellComment(comment);
	}

	private static String text(Sheet sheet, int r, int c) {
		Row row = sheet.getRow(r);
		Cell cell = row == null ? null : row.getCell(c);
		return cell == null ? "" : text(cell);
	}

	private static String text(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cell)) {
					yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
				}
				yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			}
			case STRING -> cell.getStringCellValue().strip();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static void text(Row row, int column, String value, @Nullable CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

}
