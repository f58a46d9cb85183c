package kg.omb.documents.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.Region;
import kg.omb.documents.discussion.NewComment;
import kg.omb.documents.discussion.StakeholderKind;
import kg.omb.shared.DomainException;
import kg.omb.shared.Strings;

/**
 * A comment as the form sends it: the clause (none for the whole document), the passage selected in it and where
 * it starts in the clause's plain text, the text, as whom and from which region, and the organisation on whose
 * behalf an official comment is filed.
 */
public record CommentForm(@Nullable String clause, @Nullable String quote, @Nullable Integer quoteStart,
		@Nullable String text, @Nullable String stakeholder, @Nullable String region, @Nullable Long organization) {

	static CommentForm onClause(@Nullable String clause) {
		return new CommentForm(clause, null, null, null, StakeholderKind.CITIZEN.name(), null, null);
	}

	NewComment toNewComment() {
		return new NewComment(Strings.blankToNull(clause), Strings.blankToNull(quote),
				quoteStart == null ? -1 : quoteStart, text == null ? "" : text, stakeholder(stakeholder),
				region(region), organization);
	}

	static StakeholderKind stakeholder(@Nullable String name) {
		return Arrays.stream(StakeholderKind.values())
			.filter(kind -> kind.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new DomainException("documents.public.error.stakeholder"));
	}

	static @Nullable Region region(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return Arrays.stream(Region.values())
			.filter(region -> region.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new DomainException("documents.public.error.region"));
	}

}
