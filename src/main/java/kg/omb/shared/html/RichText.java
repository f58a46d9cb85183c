package kg.omb.shared.html;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one policy for HTML that people write in the platform's editors: paragraphs, headings, lists, tables,
 * emphasis, quotations and links (http, https, mailto; opened with {@code rel="nofollow noopener"}). Scripts,
 * styles, event handlers, frames and images from elsewhere are removed. Store what {@link #sanitize} returns;
 * render it with {@code th:utext} only.
 */
public final class RichText {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
				"blockquote", "pre", "code", "b", "strong", "i", "em", "u", "s", "sub", "sup", "small", "mark",
				"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a")
		.allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]?")).onElements("td", "th")
		.allowAttributes("start").matching(Pattern.compile("[0-9]{1,4}")).onElements("ol")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.requireRelsOnLinks("nofollow", "noopener")
		.toFactory();

	private RichText() {
	}

	/** The HTML with everything outside the policy removed; never null. */
	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/** The text of the HTML without any markup, for search, e-mails and summaries. */
	public static String plainText(String html) {
		String text = new HtmlPolicyBuilder().toFactory().sanitize(html.replaceAll("(?i)<(br|/p|/h[1-6]|/li|/tr)\\s*/?>", "$0 "));
		return org.springframework.web.util.HtmlUtils.htmlUnescape(text).replaceAll("[\\s\\u00A0]+", " ").strip();
	}

}
