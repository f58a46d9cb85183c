package kg.omb.identity;

import java.io.Serializable;

/** A role held within a scope: "OMB_CHAIR of ASSOCIATION 7". Serializable: it lives in the shared session store. */
public record ScopedRole(Role role, Scope scope) implements Serializable {
}
