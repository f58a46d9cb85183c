package kg.omb.files.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kg.omb.shared.DomainException;

/**
 * Refuses ZIP containers (DOCX, XLSX, ODT, ODS are ZIP inside) that would inflate to far more than they weigh. The
 * entries are actually inflated and the bytes counted, within the limits: the sizes a ZIP's headers declare are
 * never trusted.
 */
class ZipBombGuard {

	private static final Logger LOG = LoggerFactory.getLogger(ZipBombGuard.class);

	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	private final FilesProperties.Zip limits;

	ZipBombGuard(FilesProperties.Zip limits) {
		this.limits = limits;
	}

	static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(ZIP_SIGNATURE.length);
			return Arrays.equals(head, ZIP_SIGNATURE);
		}
	}

	void check(Path file) throws IOException {
		long fileSize = Files.size(file);
		long maxTotal = limits.maxUncompressedSize().toBytes();
		long ratioCheckedAbove = limits.ratioCheckedAbove().toBytes();
		long maxByRatio = Math.multiplyExact(Math.max(1, fileSize), (long) limits.maxCompressionRatio());
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				if (++entries > limits.maxEntries()) {
					throw bomb("more than " + limits.maxEntries() + " entries");
				}
				if (entry.isDirectory()) {
					continue;
				}
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) != -1) {
						total += read;
						if (total > maxTotal) {
							throw bomb("inflates past " + maxTotal + " bytes");
						}
						if (total > ratioCheckedAbove && total > maxByRatio) {
							throw bomb("inflates more than " + limits.maxCompressionRatio() + " times its size");
						}
					}
				}
			}
		}
		catch (ZipException damaged) {
			throw new DomainException("files.error.unreadable");
		}
	}

	private static DomainException bomb(String reason) {
		LOG.info("Refused a ZIP container that {}", reason);
		return new DomainException("files.error.zip-bomb");
	}

}
