package kg.omb.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentsTests {

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
