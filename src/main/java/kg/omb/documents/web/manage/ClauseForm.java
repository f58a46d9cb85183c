package kg.omb.documents.web.manage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.documents.ClauseLevel;
import kg.omb.documents.ClauseView;
import kg.omb.shared.html.RichText;

/**
 * A part of the working version as an author writes it: its number, its level (chapter, section, clause,
 * sub-clause), an optional heading and its text as HTML from the editor (sanitized again by the service). An edit
 * carries the {@code lock} of the clause the author saw; a new part goes after the part at {@code position}, or
 * last.
 */
record ClauseForm(
		@Nullable Long lock,
		@Size(max = 50, message = "{documents.manage.form.too-long}") @Nullable String number,
		@NotNull(message = "{documents.manage.form.level.required}") @Nullable ClauseLevel level,
		@Size(max = 1000, message = "{documents.manage.form.too-long}") @Nullable String heading,
		@Size(max = 200000, message = "{documents.manage.form.too-long}") @Nullable String html,
		@Nullable Integer position) {

	static ClauseForm empty() {
		return new ClauseForm(null, null, ClauseLevel.CLAUSE, null, null, null);
	}

	static ClauseForm of(ClauseView clause) {
		return new ClauseForm(clause.lock(), clause.number(), clause.level(), clause.heading(), clause.html(), null);
	}

	/** The typed text as the editor may show it again: what the service would keep of it. */
	public String safeHtml() {
		return html == null ? "" : RichText.sanitize(html);
	}

	/** The same typed text, to be saved over the clause as it now is. */
	ClauseForm over(ClauseView current) {
		return new ClauseForm(current.lock(), number, level, heading, html, null);
	}

}
