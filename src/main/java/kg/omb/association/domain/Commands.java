package kg.omb.association.domain;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/** What the association services are asked to do, as plain values the web layer fills from its forms. */
public final class Commands {

	private Commands() {
	}

	/** An authority creates an association at a base organisation for enlarged groups, by its act (§3, §14). */
	public record CreateAssociation(LocalizedText name, long authorityId, Set<String> groupCodes,
			long baseOrganizationId, long actId) {
	}

	/** A special-status university registers its own association under its charter (§3, §25). */
	public record RegisterOwnAssociation(LocalizedText name, long universityId, Set<String> groupCodes,
			long charterActId) {
	}

	/** The chair, by account, and their position at the base organisation, confirmed by the act (§14). */
	public record ConfirmChair(long accountId, String position, long actId) {
	}

	/** A section for directions or specialties at a leading organisation (§19), with its head if known. */
	public record NewSection(LocalizedText name, Set<String> classifierCodes, long leadingOrganizationId, long actId,
			@Nullable Long headAccountId, @Nullable String headName) {
	}

	/** A subsection for one level of training, by an act (which it must cite), with its head if known. */
	public record NewSubsection(String levelCode, LocalizedText name, @Nullable Long actId,
			@Nullable Long headAccountId, @Nullable String headName) {
	}

	/** A new version of the bylaws: what changed, the full text, an optional signed copy, and the act (§21). */
	public record NewBylaws(String summary, String content, @Nullable Long fileId, long actId) {
	}

}
