package kg.omb.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
