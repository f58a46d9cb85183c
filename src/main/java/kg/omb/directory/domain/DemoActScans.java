package kg.omb.directory.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The "scan" of a demo legal act: a one-page A4 order with the issuer, the kind of act, its number and date, its
 * title in Kyrgyz and Russian, a standard operative clause and the signature, rendered with PDFBox. DejaVu Sans is
 * embedded (a subset) so that the Kyrgyz letters ң ө ү render and can be extracted again. Every page says that it
 * is demonstration data, so that no one mistakes it for a real order.
 */
final class DemoActScans {

	private static final String REGULAR = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

	private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final float MARGIN = 64;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	/** Parsed once: parsing the fonts costs more than rendering a page. */
	private @Nullable TrueTypeFont regular;

	private @Nullable TrueTypeFont bold;

	/** What the page shows; {@code kindKy}/{@code kindRu} is the word for the act ("БУЙРУК" / "ПРИКАЗ"). */
	record Scan(String issuerKy, String issuerRu, String kindKy, String kindRu, String number, LocalDate signedOn,
			String place, String titleKy, String titleRu, String signatoryPosition, String signatoryName) {
	}

	synchronized byte[] render(Scan scan) {
		try (PDDocument document = new PDDocument()) {
			PDFont text = PDType0Font.load(document, font(false), true);
			PDFont heading = PDType0Font.load(document, font(true), true);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				new Writer(content, text, heading).write(scan);
			}
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle(scan.kindRu() + " № " + scan.number() + " — " + scan.titleRu());
			information.setAuthor(scan.issuerRu());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Could not render the demo act " + scan.number(), failure);
		}
	}

	private TrueTypeFont font(boolean wantBold) throws IOException {
		if (wantBold) {
			bold = bold == null ? parse(BOLD) : bold;
			return bold;
		}
		regular = regular == null ? parse(REGULAR) : regular;
		return regular;
	}

	private static TrueTypeFont parse(String resource) throws IOException {
		try (InputStream in = DemoActScans.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("Font not on the class path: " + resource + " (jasperreports-fonts)");
			}
			return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
		}
	}

	/** Lays the page out from the top down, wrapping long lines at the margins. */
	private static final class Writer {

		private final PDPageContentStream content;

		private final PDFont text;

		private final PDFont heading;

		private float y = PDRectangle.A4.getHeight() - MARGIN;

		Writer(PDPageContentStream content, PDFont text, PDFont heading) {
			this.content = content;
			this.text = text;
			this.heading = heading;
		}

		void write(Scan scan) throws IOException {
			centred(scan.issuerKy(), heading, 12);
			centred(scan.issuerRu(), text, 10);
			y -= 10;
			rule();
			y -= 26;
			centred(scan.kindKy(), heading, 16);
			centred(scan.kindRu(), heading, 13);
			y -= 12;
			line(MARGIN, "№ " + scan.number(), text, 11);
			String day = DAY.format(scan.signedOn());
			line(MARGIN + WIDTH - text.getStringWidth(day) / 1000 * 11, day, text, 11);
			y -= 16;
			centred(scan.place(), text, 10);
			y -= 18;
			paragraph(scan.titleKy(), heading, 12);
			y -= 4;
			paragraph(scan.titleRu(), text, 11);
			y -= 18;
			paragraph("Кыргыз Республикасынын «Билим берүү жөнүндө» Мыйзамына жана кесиптик жогорку жана орто "
					+ "билим берүүнүн окуу-методикалык бирикмеси жөнүндө жобого ылайык буйрук кылам: жогоруда "
					+ "аталган чечим кол коюлган күндөн тартып күчүнө кирет; аткарылышын көзөмөлдөө өзүмө калтырылат.",
					text, 10);
			y -= 6;
			paragraph("В соответствии с Законом Кыргызской Республики «Об образовании» и Положением об "
					+ "учебно-методическом объединении профессионального высшего и среднего образования приказываю: "
					+ "указанное решение вступает в силу со дня подписания; контроль за исполнением оставляю за собой.",
					text, 10);
			y -= 40;
			line(MARGIN, scan.signatoryPosition(), text, 11);
			line(MARGIN + WIDTH - heading.getStringWidth(scan.signatoryName()) / 1000 * 11, scan.signatoryName(),
					heading, 11);
			y = MARGIN;
			centred("Демонстрациялык маалымат · Демонстрационные данные · Demonstration data", text, 8);
		}

		private void centred(String value, PDFont font, float size) throws IOException {
			for (String part : wrap(value, font, size)) {
				float width = font.getStringWidth(part) / 1000 * size;
				y -= size * 1.35f;
				show(MARGIN + (WIDTH - width) / 2, part, font, size);
			}
		}

		private void paragraph(String value, PDFont font, float size) throws IOException {
			for (String part : wrap(value, font, size)) {
				y -= size * 1.4f;
				show(MARGIN, part, font, size);
			}
		}

		/** One line at x on the current baseline, without moving down (two of them share a baseline). */
		private void line(float x, String value, PDFont font, float size) throws IOException {
			show(x, value, font, size);
		}

		private void show(float x, String value, PDFont font, float size) throws IOException {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, y);
			content.showText(value);
			content.endText();
		}

		private void rule() throws IOException {
			content.setLineWidth(0.8f);
			content.moveTo(MARGIN, y);
			content.lineTo(MARGIN + WIDTH, y);
			content.stroke();
		}

		private static List<String> wrap(String value, PDFont font, float size) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (String word : value.split(" ")) {
				String candidate = current.isEmpty() ? word : current + " " + word;
				if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
					lines.add(current.toString());
					current = new StringBuilder(word);
				}
				else {
					current = new StringBuilder(candidate);
				}
			}
			if (!current.isEmpty()) {
				lines.add(current.toString());
			}
			return lines;
		}

	}

}
