package kg.omb.identity;

/** A role held within a scope: "OMB_CHAIR of ASSOCIATION 7". */
public record ScopedRole(Role role, Scope scope) {
}
