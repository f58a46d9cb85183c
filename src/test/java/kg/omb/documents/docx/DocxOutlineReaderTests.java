package kg.omb.documents.docx;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import kg.omb.documents.ClauseLevel;
import kg.omb.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DocxOutlineReaderTests {

	private final DocxOutlineReader reader = new DocxOutlineReader();

	@Test
	void splitsAKyrgyzStandardIntoChaptersClausesAndSubClausesByWordNumbering() {
		var file = new WordFiles("heading")
			.heading(1, "1. Жалпы жоболор")
			.numbered(0, "Бул мамлекеттик билим берүү стандарты милдеттүү талаптарды аныктайт.")
			.numbered(1, "Стандарт бардык билим берүү уюмдары үчүн колдонулат.")
			.numbered(1, "Окуу мөөнөтү төрт жыл.")
			.numbered(0, "Бүтүрүүчүнүн квалификациясы: бакалавр.")
			.heading(1, "2. Окутуунун натыйжалары")
			.numbered(0, "Бүтүрүүчү төмөнкү компетенцияларга ээ болот:")
			.file();

		List<OutlinePart> parts = reader.read(file);

		assertThat(parts).extracting(OutlinePart::level, OutlinePart::number, OutlinePart::html).containsExactly(
				tuple(ClauseLevel.CHAPTER, "1", "Жалпы жоболор"),
				tuple(ClauseLevel.CLAUSE, "1", "<p>Бул мамлекеттик билим берүү стандарты милдеттүү талаптарды аныктайт.</p>"),
				tuple(ClauseLevel.SUB_CLAUSE, "1.1", "<p>Стандарт бардык билим берүү уюмдары үчүн колдонулат.</p>"),
				tuple(ClauseLevel.SUB_CLAUSE, "1.2", "<p>Окуу мөөнөтү төрт жыл.</p>"),
				tuple(ClauseLevel.CLAUSE, "2", "<p>Бүтүрүүчүнүн квалификациясы: бакалавр.</p>"),
				tuple(ClauseLevel.CHAPTER, "2", "Окутуунун натыйжалары"),
				tuple(ClauseLevel.CLAUSE, "3", "<p>Бүтүрүүчү төмөнкү компетенцияларга ээ болот:</p>"));
	}

	@Test
	void readsRussianHeadingStylesAndTypedClauseNumbers() {
		var file = new WordFiles("Заголовок")
			.heading(1, "Глава II. Требования к структуре программы")
			.heading(2, "Общие требования")
			.paragraph("5. Программа бакалавриата состоит из блоков.")
			.paragraph("5.1. Блок 1 «Дисциплины (модули)».")
			.paragraph("Объём программы составляет 240 кредитов.")
			.file();

		List<OutlinePart> parts = reader.read(file);

		assertThat(parts).extracting(OutlinePart::level, OutlinePart::number, OutlinePart::html).containsExactly(
				tuple(ClauseLevel.CHAPTER, "II", "Требования к структуре программы"),
				tuple(ClauseLevel.SECTION, "", "Общие требования"),
				tuple(ClauseLevel.CLAUSE, "5", "<p>Программа бакалавриата состоит из блоков.</p>"),
				tuple(ClauseLevel.SUB_CLAUSE, "5.1", "<p>Блок 1 «Дисциплины (модули)».</p><p>Объём программы составляет 240 кредитов.</p>"));
	}

	@Test
	void keepsBulletListsAndTablesInsideTheirClause() {
		var file = new WordFiles("heading")
			.numbered(0, "Бүтүрүүчү билиши керек:")
			.bullet("кесиптик этиканы;")
			.bullet("мамлекеттик тилди.")
			.table(new String[] { "Блок", "Кредит" }, new String[] { "Дисциплиналар", "160" })
			.numbered(0, "Практика.")
			.file();

		List<OutlinePart> parts = reader.read(file);

		assertThat(parts).hasSize(2);
		assertThat(parts.get(0).html()).isEqualTo("<p>Бүтүрүүчү билиши керек:</p>"
				+ "<ul><li>кесиптик этиканы;</li><li>мамлекеттик тилди.</li></ul>"
				+ "<table><tbody><tr><td>Блок</td><td>Кредит</td></tr><tr><td>Дисциплиналар</td><td>160</td></tr></tbody></table>");
		assertThat(parts.get(1).number()).isEqualTo("2");
	}

	@Test
	void keepsBoldTextAndEscapesMarkupTypedAsText() {
		var file = new WordFiles("heading").boldStart("Эскертүү:", " <script>alert(1)</script> маанилүү").file();

		assertThat(reader.read(file)).singleElement()
			.satisfies(part -> assertThat(part.html()).startsWith("<p><strong>Эскертүү:</strong>")
				.doesNotContain("<script>").contains("&lt;script&gt;"));
	}

	@Test
	void textBeforeTheFirstClauseIsAnUnnumberedPart() {
		var file = new WordFiles("heading").paragraph("Кириш сөз.").numbered(0, "Биринчи пункт.").file();

		assertThat(reader.read(file)).extracting(OutlinePart::number).containsExactly("", "1");
	}

	@Test
	void refusesAFileThatIsNotAWordDocument() {
		var notWord = new ByteArrayInputStream("PK this is not a docx".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> reader.read(notWord)).isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).messageKey()).isEqualTo("documents.docx.unreadable");
	}

	@Test
	void refusesAnEmptyDocument() {
		var empty = new WordFiles("heading").paragraph("   ").file();

		assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).messageKey()).isEqualTo("documents.docx.empty");
	}

}
