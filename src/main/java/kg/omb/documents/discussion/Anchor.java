package kg.omb.documents.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import kg.omb.shared.DomainException;

/**
 * A passage selected in a clause: the words quoted and where they start in the clause's plain text. The quote
 * itself is kept, so that the comment still shows what it was about when the offset no longer fits (a later
 * version) and so that a selection made on a phone, where offsets are unreliable, can be placed by its words.
 */
@Embeddable
public class Anchor {

	static final int MAX_QUOTE = 1000;

	@Column(name = "quote")
	private String quote;

	@Column(name = "quote_start")
	private Integer start;

	protected Anchor() {
		this.quote = "";
		this.start = 0;
	}

	private Anchor(String quote, int start) {
		this.quote = quote;
		this.start = start;
	}

	/**
	 * The passage placed in the clause text: at the offset given when the words are there, else at their only or
	 * first occurrence nearest to it; refused when the clause does not hold the words.
	 */
	static Anchor place(String quote, int requestedStart, String clauseText) {
		String words = quote.strip();
		if (words.isEmpty() || words.length() > MAX_QUOTE) {
			throw new DomainException("documents.discussion.quote-invalid", MAX_QUOTE);
		}
		if (requestedStart >= 0 && clauseText.startsWith(words, requestedStart)) {
			return new Anchor(words, requestedStart);
		}
		int best = -1;
		for (int at = clauseText.indexOf(words); at >= 0; at = clauseText.indexOf(words, at + 1)) {
			if (best < 0 || Math.abs(at - requestedStart) < Math.abs(best - requestedStart)) {
				best = at;
			}
		}
		if (best < 0) {
			throw new DomainException("documents.discussion.quote-not-in-clause");
		}
		return new Anchor(words, best);
	}

	public String quote() {
		return quote;
	}

	public int start() {
		return start;
	}

	public int end() {
		return start + quote.length();
	}

}
