package kg.omb.files.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void keepsAKyrgyzNameAsItIs() {
		assertThat(FileNames.clean("Окуу_программасы_ң_ө_ү.pdf")).isEqualTo("Окуу_программасы_ң_ө_ү.pdf");
	}

	@Test
	void dropsTheFoldersSomeBrowsersSend() {
		assertThat(FileNames.clean("C:\\Users\\Айгүл\\план.docx")).isEqualTo("план.docx");
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
	}

	@Test
	void dropsControlAndDirectionCharactersThatDisguiseAnExtension() {
		assertThat(FileNames.clean("отчет\u202Efdp.exe")).isEqualTo("отчетfdp.exe");
		assertThat(FileNames.clean("a\nb\u0000.txt")).isEqualTo("ab.txt");
	}

	@Test
	void composesLettersTypedAsTwoCodePoints() {
		assertThat(FileNames.clean("Кыргызстан\u0438\u0306.txt")).isEqualTo("Кыргызстанй.txt");
	}

	@Test
	void namesAFileWithoutANameAndShortensALongOneKeepingItsExtension() {
		assertThat(FileNames.clean("  ")).isEqualTo("file");
		assertThat(FileNames.clean("..")).isEqualTo("file");
		String shortened = FileNames.clean("ө".repeat(300) + ".docx");
		assertThat(shortened).hasSize(255).endsWith("ө.docx");
	}

}
