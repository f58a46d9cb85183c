package kg.omb.audit.web;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTests {

	@Test
	void rowsFollowRfc4180AfterAByteOrderMark() throws Exception {
		var out = new StringWriter();
		var csv = new AuditCsv(out);
		csv.row(List.of("a", "b,c", "d\"e", "f\ng", ""));
		csv.row(List.of("Кыргызча: ң ө ү"));
		assertThat(out).hasToString("\uFEFFa,\"b,c\",\"d\"\"e\",\"f\ng\",\r\nКыргызча: ң ө ү\r\n");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"=1+2|'=1+2",
			"+7 555|'+7 555",
			"-2|'-2",
			"@SUM(A1)|'@SUM(A1)",
			"=A1,B1|`\"'=A1,B1\"`",
			"a=b|a=b",
			"admin@omb.local|admin@omb.local" })
	void aCellStartingLikeAFormulaGetsALeadingApostrophe(String value, String cell) {
		assertThat(AuditCsv.cell(value)).isEqualTo(cell);
	}

	@Test
	void tabsAndCarriageReturnsAtTheStartAreDefusedToo() {
		assertThat(AuditCsv.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(AuditCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
	}

}
