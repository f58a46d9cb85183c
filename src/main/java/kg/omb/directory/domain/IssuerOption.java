package kg.omb.directory.domain;

import kg.omb.directory.ActIssuer;
import kg.omb.shared.LocalizedText;

/** An issuer a person may record acts for, with its name, for the issuer select. */
public record IssuerOption(ActIssuer issuer, LocalizedText name) {

	/** The form value, {@code AUTHORITY:3} or {@code ORGANIZATION:17}. */
	public String value() {
		return issuer.type().name() + ":" + issuer.id();
	}

}
