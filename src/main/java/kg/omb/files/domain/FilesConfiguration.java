package kg.omb.files.domain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.AutoDetectParser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import kg.omb.audit.AuditLog;
import kg.omb.files.FileAccessPolicy;
import kg.omb.files.FileStore;

/**
 * Wires the files module: Apache Tika (detection and parsers of the modules on the class path), the upload checks
 * with their limits, text extraction and the service other modules call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfiguration {

	/** Where uploads wait while they are checked: inside the files directory, so that moves stay on one disk. */
	static final String STAGING = ".staging";

	@Bean
	TikaConfig tikaConfig() throws TikaException, IOException {
		return new TikaConfig(FilesConfiguration.class.getClassLoader());
	}

	@Bean
	UploadStaging uploadStaging(@Value("${omb.files.directory:${omb.data-dir:./data}/files}") Path directory,
			@Value("${omb.files.max-size:${spring.servlet.multipart.max-file-size:50MB}}") DataSize maxSize) {
		return new UploadStaging(directory.resolve(STAGING), maxSize);
	}

	@Bean
	ContentInspector contentInspector(TikaConfig tika, FilesProperties properties) {
		Set<String> allowed = new HashSet<>();
		properties.allowedTypes().forEach(type -> allowed.add(type.strip().toLowerCase(Locale.ROOT)));
		return new ContentInspector(tika.getDetector(), allowed, new ZipBombGuard(properties.zip()));
	}

	@Bean
	TextExtractor textExtractor(TikaConfig tika, FilesProperties properties) {
		return new TextExtractor(new AutoDetectParser(tika), properties.text());
	}

	@Bean
	StoredFilesService storedFilesService(UploadStaging staging, ContentInspector inspector, TextExtractor extractor,
			FileStore store, FileRecords records, FileTexts texts, List<FileAccessPolicy> policies, AuditLog auditLog,
			java.time.Clock clock, PlatformTransactionManager transactions) {
		return new StoredFilesService(staging, inspector, extractor, store, records, texts, policies, auditLog, clock,
				transactions);
	}

}
