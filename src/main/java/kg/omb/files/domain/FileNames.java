package kg.omb.files.domain;

import java.text.Normalizer;

/** The name of an upload as it is kept and shown: no folders, no control characters, not too long. */
final class FileNames {

	static final int MAX_LENGTH = 255;

	static final String UNNAMED = "file";

	private FileNames() {
	}

	static String clean(String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return UNNAMED;
		}
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
		return name.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
	}

}
