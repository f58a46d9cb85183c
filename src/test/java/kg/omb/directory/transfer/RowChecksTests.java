package kg.omb.directory.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kg.omb.directory.EducationSector;
import kg.omb.directory.Region;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

/** The header and the typed reading of cells collect every problem of a file, each with its row and column. */
class RowChecksTests {

	static final Column CODE = Column.required("code", 6);

	static final Column REGION = Column.required("region", 32);

	static final Column SECTORS = Column.optional("sectors", 100);

	static final Column NAME_KY = Column.required("name_ky", 10);

	static final Column NAME_RU = Column.optional("name_ru", 10);

	static final Column NAME_EN = Column.optional("name_en", 10);

	static final Column DAY = Column.optional("introduced_on", 10);

	static final Column FLAG = Column.optional("special_status", 10);

	static final List<Column> COLUMNS = List.of(CODE, REGION, SECTORS, NAME_KY, NAME_RU, NAME_EN, DAY, FLAG);

	final Problems problems = new Problems();

	@Test
	void aHeaderWithoutRequiredColumnsIsOneErrorNamingThemAll() {
		Header header = Header.of(List.of("Code", "sectors", "extra"), COLUMNS, problems);

		assertThat(header).isNull();
		assertThat(problems.errors()).containsExactly(
				new RowError(1, null, null, "transfer.error.missing-columns", List.of("region, name_ky")));
		assertThat(problems.warnings()).extracting(RowError::messageKey)
			.containsExactly("transfer.warning.unknown-column");
	}

	@Test
	void columnsMatchInAnyOrderAndCase() {
		Header header = header(" NAME_KY ", "Region", "code");
		RowCells cells = new RowCells(2, header, List.of("Ош", "osh_city", "580100"), problems);

		assertThat(cells.text(CODE)).isEqualTo("580100");
		assertThat(cells.choice(REGION, Region.class)).isEqualTo(Region.OSH_CITY);
		assertThat(cells.text(NAME_KY)).isEqualTo("Ош");
		assertThat(problems.hasErrors()).isFalse();
	}

	@Test
	void everyBadCellOfARowIsReportedWithItsColumnValueAndReason() {
		Header header = header("code", "region", "sectors", "name_ky", "name_ru", "name_en", "introduced_on",
				"special_status");
		RowCells cells = new RowCells(7, header,
				List.of("", "MOON", "HIGHER;LOWER", "Өтө узун аталыш", "", "", "01.09.2024", "maybe"), problems);

		assertThat(cells.text(CODE)).isNull();
		assertThat(cells.choice(REGION, Region.class)).isNull();
		assertThat(cells.choices(SECTORS, EducationSector.class)).containsExactly(EducationSector.HIGHER);
		assertThat(cells.name(NAME_KY, NAME_RU, NAME_EN, true)).isEqualTo(new LocalizedText(null, null, null));
		assertThat(cells.date(DAY)).isNull();
		assertThat(cells.flag(FLAG)).isFalse();

		assertThat(cells.bad()).isTrue();
		assertThat(problems.errors()).containsExactly(
				new RowError(7, "code", "", "transfer.error.required", List.of()),
				new RowError(7, "region", "MOON", "transfer.error.unknown-value",
						List.of("BATKEN, JALAL_ABAD, ISSYK_KUL, NARYN, OSH_REGION, TALAS, CHUY, BISHKEK_CITY, OSH_CITY")),
				new RowError(7, "sectors", "LOWER", "transfer.error.unknown-value",
						List.of("HIGHER, SECONDARY_VOCATIONAL")),
				new RowError(7, "name_ky", "Өтө узун аталыш", "transfer.error.too-long", List.of("10")),
				new RowError(7, "introduced_on", "01.09.2024", "transfer.error.date", List.of()),
				new RowError(7, "special_status", "maybe", "transfer.error.flag", List.of()));
	}

	@Test
	void missingRussianAndEnglishNamesAreWarningsNotErrors() {
		RowCells cells = new RowCells(3, header("name_ky", "name_ru"), List.of("Экономика", ""), problems);

		LocalizedText name = cells.name(NAME_KY, NAME_RU, NAME_EN, true);

		assertThat(name).isEqualTo(new LocalizedText("Экономика", null, null));
		assertThat(cells.bad()).isFalse();
		assertThat(problems.hasErrors()).isFalse();
		assertThat(problems.warnings()).extracting(RowError::column).containsExactly("name_ru", "name_en");
	}

	@Test
	void lengthsCountCharactersNotBytesSoKyrgyzLettersFitAsTheyShould() {
		RowCells cells = new RowCells(2, header("name_ky"), List.of("ңңңөөөүүүҮ"), problems);

		assertThat(cells.text(NAME_KY)).isEqualTo("ңңңөөөүүүҮ");
		assertThat(problems.hasErrors()).isFalse();
	}

	@Test
	void datesAndFlagsOfTheirDocumentedForms() {
		RowCells cells = new RowCells(2, header("introduced_on", "special_status"), List.of("2024-09-01", "Yes"),
				problems);

		assertThat(cells.date(DAY)).isEqualTo(LocalDate.of(2024, 9, 1));
		assertThat(cells.flag(FLAG)).isTrue();
	}

	@Test
	void fileRowsKeepTheGoodRowsAndStopPastTheLimit() {
		var target = new CodesOnly();
		var rows = new FileRows<>(target, problems, 2, read -> {
		});
		rows.header(List.of("code"));
		rows.row(2, List.of("111111"));
		rows.row(3, List.of(""));

		assertThat(rows.rows()).containsExactly(new ImportTarget.Numbered<>(2, "111111"));
		assertThat(rows.read()).isEqualTo(2);
		assertThat(problems.errors()).extracting(RowError::row).containsExactly(3);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows.row(4, List.of("222222")))
			.hasMessageContaining("transfer.error.too-many-rows");
	}

	private Header header(String... names) {
		Header header = Header.of(List.of(names), COLUMNS.stream().filter(c -> List.of(names).stream()
			.anyMatch(n -> n.strip().equalsIgnoreCase(c.name()))).toList(), problems);
		assertThat(header).isNotNull();
		return header;
	}

	/** The smallest import: one required column. */
	static final class CodesOnly implements ImportTarget<String> {

		@Override
		public ImportKind kind() {
			return ImportKind.CLASSIFIER;
		}

		@Override
		public List<Column> columns() {
			return List.of(CODE);
		}

		@Override
		public String parse(RowCells cells) {
			return cells.text(CODE);
		}

		@Override
		public List<Planned<String>> plan(List<Numbered<String>> rows, ImporterRights rights, Problems problems) {
			List<Planned<String>> planned = new ArrayList<>();
			rows.forEach(row -> planned.add(Planned.of(row, null)));
			return planned;
		}

		@Override
		public void write(List<Planned<String>> rows, Runnable written) {
			throw new UnsupportedOperationException("not written in these tests");
		}

		@Override
		public List<String> cells(String row) {
			return List.of(row);
		}

		@Override
		public void each(java.util.function.Consumer<String> consumer) {
			Set.of("111111").forEach(consumer);
		}

		@Override
		public String fileName() {
			return "codes";
		}

	}

}
