package kg.omb.files.store;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kg.omb.files.FileStore;

/** The default file store: a local directory ({@code omb.files.directory}, default {@code ${omb.data-dir}/files}). */
@Configuration(proxyBeanMethods = false)
class LocalFileStoreConfiguration {

	@Bean
	@ConditionalOnProperty(name = "omb.files.store", havingValue = "local", matchIfMissing = true)
	FileStore localFileStore(@Value("${omb.files.directory:${omb.data-dir:./data}/files}") Path directory) {
		return new LocalFileStore(directory);
	}

}
