package kg.omb.files.domain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import kg.omb.shared.DomainException;

/**
 * Decides what an upload is from its content alone (Apache Tika; the name the person gave it is not consulted, so
 * a renamed program stays a program) and whether the platform accepts it. A ZIP container is checked for a zip bomb
 * before anything opens it, Tika's container detection included.
 */
class ContentInspector {

	private final Detector detector;

	private final Set<String> allowedTypes;

	private final ZipBombGuard zipBombGuard;

	ContentInspector(Detector detector, Set<String> allowedTypes, ZipBombGuard zipBombGuard) {
		this.detector = detector;
		this.allowedTypes = Set.copyOf(allowedTypes);
		this.zipBombGuard = zipBombGuard;
	}

	/** The media type of the content, if the platform accepts it. */
	String inspect(Path file) throws IOException {
		boolean zip = ZipBombGuard.isZip(file);
		if (zip) {
			zipBombGuard.check(file);
		}
		String type = detect(file);
		if (!allowedTypes.contains(type)) {
			throw new DomainException("files.error.type-not-allowed", type);
		}
		if (!zip && MediaTypes.ZIP_BASED.contains(type)) {
			zipBombGuard.check(file);
		}
		return type;
	}

	String detect(Path file) throws IOException {
		try (TikaInputStream content = TikaInputStream.get(file)) {
			MediaType type = detector.detect(content, new Metadata());
			return type.getBaseType().toString();
		}
	}

}
