package kg.omb.documents;

import java.time.Instant;
import java.util.List;

/**
 * The documents a person drafted, for a teaching-load statement (§24). This checks no permission: it is for the
 * caller's own checks, which decide who may see whose work and of which OMB.
 */
public interface DocumentAuthorship {

	/**
	 * The documents the account drafted, as the author who created the draft or as a participant of the working
	 * group named for it, whose drafting was completed from one instant (inclusive) until another (exclusive),
	 * oldest first.
	 */
	List<DraftedDocument> draftedBy(long accountId, Instant from, Instant until);

}
