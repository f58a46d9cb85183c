package kg.omb.association;

/** A member joined or left an association when the base organisation's act took effect (§16). */
public record MembershipChanged(long associationId, long memberId, boolean joined, long actId) {
}
