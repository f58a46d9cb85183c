package kg.omb.association;

/** An account was confirmed as chair of an association by the act cited (§14); the previous chair's term ended. */
public record ChairConfirmed(long associationId, long accountId, long actId) {
}
