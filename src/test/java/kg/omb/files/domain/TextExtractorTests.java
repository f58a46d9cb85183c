package kg.omb.files.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kg.omb.files.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

class TextExtractorTests {

	@TempDir
	Path directory;

	@Test
	void cutsTheTextAtTheCharacterLimit() throws Exception {
		var extractor = new TextExtractor(new AutoDetectParser(TikaConfig.getDefaultConfig()),
				new FilesProperties.Text(100, Duration.ofSeconds(30)));

		ExtractedText text = extractor.extract(write(SampleFiles.text("ң".repeat(500))), "text/plain");

		assertThat(text.outcome()).isEqualTo(ExtractedText.Outcome.TRUNCATED);
		assertThat(text.text()).hasSize(100).containsOnlyOnce("ң".repeat(100));
	}

	@Test
	void aParserThatFailsLeavesTheFileWithoutText() throws Exception {
		Parser broken = new AutoDetectParser() {

			@Override
			public void parse(java.io.InputStream stream, org.xml.sax.ContentHandler handler,
					org.apache.tika.metadata.Metadata metadata, org.apache.tika.parser.ParseContext context)
					throws IOException {
				throw new IOException("damaged");
			}

		};
		var extractor = new TextExtractor(broken, new FilesProperties.Text(1000, Duration.ofSeconds(30)));

		ExtractedText text = extractor.extract(write(SampleFiles.text("текст")), "text/plain");

		assertThat(text).isEqualTo(ExtractedText.none(ExtractedText.Outcome.FAILED));
	}

	@Test
	void removesCharactersPostgresCannotStoreAndRunsOfBlankLines() {
		assertThat(TextExtractor.clean("  Биринчи\u0000 сап\n\n \n\t\nЭкинчи сап \n")).isEqualTo(
				"Биринчи сап\n\nЭкинчи сап");
	}

	private Path write(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(directory, "text", ".bin"), content);
	}

}
