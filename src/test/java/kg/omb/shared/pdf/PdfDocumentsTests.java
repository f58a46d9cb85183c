package kg.omb.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentsTests {

	@Test
	void aLongTableIsLaidOutInPartsJoinedAndNumberedPageByPage() throws IOException {
		TemplateEngine engine = new TemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		String template = """
				<html><head><meta charset="UTF-8"/><style>body { font-family: 'DejaVu Sans'; }</style></head><body>
				<h1 th:if="${firstPart}" th:text="${title}">title</h1>
				<table><tr th:each="row : ${rows}"><td th:text="${row}">row</td></tr></table></body></html>
				""";
		List<String> rows = IntStream.rangeClosed(1, 250).mapToObj(i -> "Сап " + i + " үчүн өзгөртүү").toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new PdfDocuments(engine).renderInParts(template, Locale.forLanguageTag("ky"), Map.of("title", "Жыйынтык таблица"),
				rows, 100, out);

		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(3);
			assertThat(text).contains("Сап 1 үчүн өзгөртүү", "Сап 250 үчүн өзгөртүү", "1 / " + pages, pages + " / " + pages);
			assertThat(text.split("Жыйынтык таблица", -1)).as("the title once").hasSize(2);
			assertThat(text.indexOf("Сап 100 ")).isLessThan(text.indexOf("Сап 101 "));
		}
	}

	@Test
	void rendersKyrgyzLettersWithTheEmbeddedFont() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfDocuments.renderHtml("""
				<html><head><meta charset="UTF-8"/><style>body { font-family: 'DejaVu Sans'; }</style></head>
				<body><h1>Жыйындын протоколу</h1><p>Төрага: Үсөнов Нурбек Өмүрбекович, Ың-Жаңы</p></body></html>
				""", out);

		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Жыйындын протоколу", "Үсөнов Нурбек Өмүрбекович", "Ың-Жаңы");
			PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVuSans");
			assertThat(font.isEmbedded()).isTrue();
		}
	}

}
