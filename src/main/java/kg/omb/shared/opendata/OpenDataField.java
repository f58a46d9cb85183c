package kg.omb.shared.opendata;

import java.util.regex.Pattern;

/** A field of an open dataset: its name in the files ({@code name_ky}, {@code in_force_since}) and its type. */
public record OpenDataField(String name, FieldType type) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	public OpenDataField {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid open data field name: " + name);
		}
	}

	public static OpenDataField text(String name) {
		return new OpenDataField(name, FieldType.TEXT);
	}

	public static OpenDataField integer(String name) {
		return new OpenDataField(name, FieldType.INTEGER);
	}

	public static OpenDataField date(String name) {
		return new OpenDataField(name, FieldType.DATE);
	}

	public static OpenDataField bool(String name) {
		return new OpenDataField(name, FieldType.BOOLEAN);
	}

	public static OpenDataField url(String name) {
		return new OpenDataField(name, FieldType.URL);
	}

	/** The key of the field's meaning in the dataset's bundle. */
	public String messageKey(OpenDataset dataset) {
		return dataset.messageKey() + ".field." + name;
	}

}
