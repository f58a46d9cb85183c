package kg.omb.association;

import java.time.LocalDate;

/** A person joined ({@code joined}) or left an association on a day, as the membership records say (§16). */
public record MembershipChangeView(String personName, boolean joined, LocalDate on) {
}
