package kg.omb.surveys.domain;

/** Who designs and sends a request: an OMB or an authorized body. */
public enum OwnerType {

	ASSOCIATION, AUTHORITY

}
