package kg.omb.documents.discussion;

import java.util.Map;

import kg.omb.directory.Region;

/**
 * The public figures of a discussion, hidden comments left out: comments per clause (the whole document under the
 * key {@value #WHOLE_DOCUMENT}), per stakeholder kind and per region (where given).
 */
public record DiscussionFigures(long total, Map<String, Long> byClause, Map<StakeholderKind, Long> byStakeholder,
		Map<Region, Long> byRegion) {

	public static final String WHOLE_DOCUMENT = "";

}
