package kg.omb.directory;

/** Who issued a legal act: an authorized body or an organisation (by id). */
public record ActIssuer(Type type, long id) {

	public enum Type {

		AUTHORITY, ORGANIZATION

	}

	public static ActIssuer authority(long id) {
		return new ActIssuer(Type.AUTHORITY, id);
	}

	public static ActIssuer organization(long id) {
		return new ActIssuer(Type.ORGANIZATION, id);
	}

}
