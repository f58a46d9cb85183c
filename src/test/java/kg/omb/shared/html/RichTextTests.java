package kg.omb.shared.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTests {

	@Test
	void keepsHeadingsListsTablesAndEmphasis() {
		String html = "<h2>1. Жалпы жоболор</h2><ol><li><strong>Стандарт</strong> колдонулат</li></ol>"
				+ "<table><tbody><tr><td colspan=\"2\">Кредит</td></tr></tbody></table>";

		assertThat(RichText.sanitize(html)).contains("<h2>1. Жалпы жоболор</h2>", "<ol><li><strong>Стандарт</strong>",
				"<td colspan=\"2\">Кредит</td>");
	}

	@Test
	void removesScriptsEventHandlersAndJavascriptLinks() {
		String html = "<p onclick=\"steal()\">Текст<script>alert(1)</script></p><a href=\"javascript:alert(1)\">x</a>"
				+ "<iframe src=\"https://evil.example\"></iframe><img src=x onerror=alert(1)>";

		String clean = RichText.sanitize(html);

		assertThat(clean).doesNotContain("script", "onclick", "javascript", "iframe", "onerror", "<img")
			.contains("<p>Текст</p>");
	}

	@Test
	void linksOpenWithoutPassingTheReferrerWindow() {
		String link = RichText.sanitize("<a href=\"https://edu.gov.kg\">министрлик</a>");

		assertThat(link).startsWith("<a href=\"https://edu.gov.kg\" rel=\"").endsWith("\">министрлик</a>");
		assertThat(link.replaceAll(".* rel=\"([^\"]*)\".*", "$1").split(" ")).containsExactlyInAnyOrder("nofollow", "noopener");
	}

	@Test
	void plainTextDropsMarkupAndKeepsWordsApart() {
		assertThat(RichText.plainText("<h2>Билим</h2><p>берүү&nbsp;&amp; <b>стандарты</b></p>"))
			.isEqualTo("Билим берүү & стандарты");
	}

}
