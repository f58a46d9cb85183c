package kg.omb.identity.domain;

/** One rule a new role grant must satisfy. */
@FunctionalInterface
interface GrantPolicy {

	Decision check(GrantRequest request);

}
