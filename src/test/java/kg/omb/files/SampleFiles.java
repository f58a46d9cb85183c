package kg.omb.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each accepted kind, and dangerous ones, built in memory for the tests. */
public final class SampleFiles {

	public static final String KYRGYZ_TEXT = "Окуу программасы: кесиптик билим берүүнүн мамлекеттик стандарты. "
			+ "Ң ң, Ө ө, Ү ү — кыргыз тилинин тамгалары. Бирикменин жыйыны өттү.";

	private SampleFiles() {
	}

	public static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	public static byte[] xlsx(String text) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var row = workbook.createSheet("Тизме").createRow(0);
			row.createCell(0).setCellValue(text);
			row.createCell(1).setCellValue(2026);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/** An OpenDocument text, built by hand as LibreOffice lays it out: the {@code mimetype} entry first, stored. */
	public static byte[] odt(String text) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			var first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mimetype.length);
			var crc = new java.util.zip.CRC32();
			crc.update(mimetype);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(mimetype);
			zip.closeEntry();
			entry(zip, "META-INF/manifest.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
					manifest:version="1.2">
					 <manifest:file-entry manifest:full-path="/" \
					manifest:media-type="application/vnd.oasis.opendocument.text"/>
					 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
					</manifest:manifest>""");
			entry(zip, "content.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
					xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
					 <office:body><office:text><text:p>%s</text:p></office:text></office:body>
					</office:document-content>""".formatted(text));
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return out.toByteArray();
	}

	public static byte[] png() {
		var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(0x0b4f8a));
		graphics.fillRect(0, 0, 16, 16);
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return out.toByteArray();
	}

	public static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** The start of a 64-bit Linux program (an ELF header), whatever name it is given. */
	public static byte[] elfExecutable() {
		byte[] program = new byte[4096];
		byte[] header = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0 };
		System.arraycopy(header, 0, program, 0, header.length);
		for (int i = 64; i < program.length; i++) {
			program[i] = (byte) (i * 31);
		}
		return program;
	}

	/** The start of a Windows program: a DOS stub pointing at a PE header. */
	public static byte[] windowsExecutable() {
		byte[] program = new byte[4096];
		program[0] = 'M';
		program[1] = 'Z';
		program[0x3c] = (byte) 0x80;
		program[0x80] = 'P';
		program[0x81] = 'E';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, program, 0x4e, stub.length);
		return program;
	}

	/**
	 * A zip bomb dressed as a DOCX: the content types of a Word document and a "document" of zeros that weighs a
	 * few hundred kilobytes and inflates to {@code megabytes} megabytes.
	 */
	public static byte[] zipBombDressedAsDocx(int megabytes) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/word/document.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" \
					Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
					Target="word/document.xml"/>
					</Relationships>""");
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zeros(zip, megabytes);
			zip.closeEntry();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return out.toByteArray();
	}

	private static void zeros(OutputStream out, int megabytes) throws IOException {
		byte[] megabyte = new byte[1024 * 1024];
		for (int i = 0; i < megabytes; i++) {
			out.write(megabyte);
		}
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
