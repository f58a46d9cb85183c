package kg.omb.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DemoActScansTests {

	private final DemoActScans scans = new DemoActScans();

	@Test
	void rendersAOnePageOrderWhoseKyrgyzTextCanBeExtractedAgain() throws IOException {
		byte[] pdf = scans.render(scan("412/1", "Окуу-методикалык бирикмени түзүү жөнүндө — өңүт"));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("№ 412/1", "14.02.2026", "БУЙРУК", "ПРИКАЗ", "Бишкек ш.")
				.contains("түзүү", "өңүт")
				.contains("Демонстрациялык маалымат");
		}
	}

	@Test
	void wrapsLongTitlesAndRendersOneDocumentAfterAnother() throws IOException {
		String longTitle = "Экономика жана башкаруу боюнча окуу-методикалык бирикменин төрагасын бекитүү жөнүндө, "
				+ "ошондой эле анын секцияларынын жана кичи секцияларынын жетекчилерин дайындоо тууралуу";
		byte[] first = scans.render(scan("412/2", longTitle));
		byte[] second = scans.render(scan("412/3", "Ң Ө Ү ң ө ү"));

		try (PDDocument document = Loader.loadPDF(first)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(longTitle);
		}
		try (PDDocument document = Loader.loadPDF(second)) {
			assertThat(new PDFTextStripper().getText(document)).contains("№ 412/3", "Ң Ө Ү ң ө ү");
		}
	}

	private static DemoActScans.Scan scan(String number, String titleKy) {
		return new DemoActScans.Scan("Кыргыз Республикасынын Илим, жогорку билим берүү жана инновациялар министрлиги",
				"Министерство науки, высшего образования и инноваций Кыргызской Республики", "БУЙРУК", "ПРИКАЗ", number,
				LocalDate.of(2026, 2, 14), "Бишкек ш.", titleKy, "О создании учебно-методического объединения",
				"Министр", "А. Б. Бейшеналиев");
	}

}
