package kg.omb.directory;

/**
 * What a legal act is: an order (ru: приказ; ky: буйрук) or a decree (ru: постановление; ky: токтом) of an
 * authority or an organisation, or the charter or internal document under which a special-status university forms
 * its own association (§3, §25).
 */
public enum LegalActKind {

	ORDER, DECREE, CHARTER

}
