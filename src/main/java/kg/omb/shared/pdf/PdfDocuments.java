package kg.omb.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF. The template must be well-formed XHTML (close every tag, {@code <br/>},
 * {@code <meta charset="UTF-8"/>}) and use the font family {@value #FONT_FAMILY}, which is embedded in the file.
 * Messages in the template resolve in the given locale, exactly as on a page.
 */
@Component
public class PdfDocuments {

	/** The CSS font family that carries Kyrgyz letters; set it on {@code body}. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	/** Distance of the page number from the page's right and bottom edges, in points (about 8 mm). */
	private static final float PAGE_NUMBER_MARGIN = 22;

	private final ITemplateEngine templates;

	public PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The template rendered with these variables in this locale, as a PDF. */
	public byte[] render(String template, Locale locale, Map<String, ?> variables) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		render(template, locale, variables, out);
		return out.toByteArray();
	}

	/** The same, written to a stream (for large documents sent straight to the response). */
	public void render(String template, Locale locale, Map<String, ?> variables, OutputStream out) {
		Context context = new Context(locale);
		variables.forEach(context::setVariable);
		renderHtml(templates.process(template, context), out);
	}

	/**
	 * A long list as one PDF, for tables of thousands of rows: the template is rendered for each part of
	 * {@code rowsPerPart} rows (variable {@code rows}, with {@code firstPart} true for the first, so that a title
	 * shows once), the parts are joined and every page is numbered "n / total" at its foot. The layout cost of one
	 * huge table grows faster than its rows; parts keep it proportional, and they are laid out in parallel.
	 */
	public void renderInParts(String template, Locale locale, Map<String, ?> variables, List<?> rows, int rowsPerPart,
			OutputStream out) {
		if (rowsPerPart < 1) {
			throw new IllegalArgumentException("rowsPerPart " + rowsPerPart);
		}
		int parts = Math.max(1, (rows.size() + rowsPerPart - 1) / rowsPerPart);
		List<byte[]> rendered = IntStream.range(0, parts).parallel().mapToObj(part -> {
			Context context = new Context(locale);
			variables.forEach(context::setVariable);
			context.setVariable("rows", rows.subList(part * rowsPerPart, Math.min(rows.size(), (part + 1) * rowsPerPart)));
			context.setVariable("firstPart", part == 0);
			ByteArrayOutputStream partOut = new ByteArrayOutputStream();
			renderHtml(templates.process(template, context), partOut);
			return partOut.toByteArray();
		}).toList();
		try {
			PDFMergerUtility merger = new PDFMergerUtility();
			for (byte[] part : rendered) {
				merger.addSource(new RandomAccessReadBuffer(part));
			}
			ByteArrayOutputStream merged = new ByteArrayOutputStream();
			merger.setDestinationStream(merged);
			merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
			try (PDDocument document = Loader.loadPDF(merged.toByteArray())) {
				numberPages(document);
				document.save(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not join the parts of a PDF", ex);
		}
	}

	/** "n / total" at the foot of every page, right-aligned, in the embedded font. */
	private static void numberPages(PDDocument document) throws IOException {
		PDType0Font font;
		try (InputStream in = open(FONTS + "DejaVuSans.ttf")) {
			font = PDType0Font.load(document, in, true);
		}
		int total = document.getNumberOfPages();
		float size = 8;
		for (int i = 0; i < total; i++) {
			PDPage page = document.getPage(i);
			PDRectangle box = page.getMediaBox();
			String text = (i + 1) + " / " + total;
			float width = font.getStringWidth(text) / 1000 * size;
			try (PDPageContentStream stream = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				stream.beginText();
				stream.setFont(font, size);
				stream.newLineAtOffset(box.getUpperRightX() - PAGE_NUMBER_MARGIN - width,
						box.getLowerLeftY() + PAGE_NUMBER_MARGIN);
				stream.showText(text);
				stream.endText();
			}
		}
	}

	/** Well-formed XHTML as a PDF. */
	public static void renderHtml(String xhtml, OutputStream out) {
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
			font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
			font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
			font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render a PDF", ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		String resource = FONTS + file;
		if (PdfDocuments.class.getResource(resource) == null) {
			throw new IllegalStateException("Font not on the class path: " + resource + " (jasperreports-fonts)");
		}
		builder.useFont(() -> open(resource), FONT_FAMILY, weight, style, true);
	}

	private static InputStream open(String resource) {
		InputStream in = PdfDocuments.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Font not on the class path: " + resource);
		}
		return in;
	}

}
