package kg.omb.files.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.audit.AuditLog;
import kg.omb.files.FileAccessPolicy;
import kg.omb.files.FileStore;
import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Checks an upload by its content (size counted while it arrives, emptiness, type, zip bombs), keeps its bytes in
 * the file store, its metadata and text in the caller's transaction, and answers who may read a file.
 */
@Transactional(readOnly = true)
class StoredFilesService implements StoredFiles {

	private static final Logger LOG = LoggerFactory.getLogger(StoredFilesService.class);

	private final UploadStaging staging;

	private final ContentInspector inspector;

	private final TextExtractor extractor;

	private final FileStore store;

	private final FileRecords records;

	private final FileTexts texts;

	private final List<FileAccessPolicy> policies;

	private final AuditLog auditLog;

	private final Clock clock;

	private final TransactionTemplate newReadOnlyTransaction;

	StoredFilesService(UploadStaging staging, ContentInspector inspector, TextExtractor extractor, FileStore store,
			FileRecords records, FileTexts texts, List<FileAccessPolicy> policies, AuditLog auditLog, Clock clock,
			PlatformTransactionManager transactions) {
		this.staging = staging;
		this.inspector = inspector;
		this.extractor = extractor;
		this.store = store;
		this.records = records;
		this.texts = texts;
		this.policies = List.copyOf(policies);
		this.auditLog = auditLog;
		this.clock = clock;
		this.newReadOnlyTransaction = new TransactionTemplate(transactions);
		this.newReadOnlyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.newReadOnlyTransaction.setReadOnly(true);
	}

	@Override
	@Transactional
	public StoredFile store(InputStream content, String originalName, long declaredSize, Actor uploader) {
		String name = FileNames.clean(originalName);
		try (UploadStaging.Staged upload = staging.receive(content)) {
			String mediaType = inspector.inspect(upload.path());
			ExtractedText text = extractor.extract(upload.path(), mediaType);
			FileStore.StoredContent stored;
			try (InputStream staged = Files.newInputStream(upload.path())) {
				stored = store.put(staged);
			}
			TransactionSynchronizationManager.registerSynchronization(
					new BytesRemovedOnRollback(stored.sha256(), store, records, newReadOnlyTransaction));
			// the databases keep microseconds; the record returned equals the one read back later
			Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
			FileRecord record = records.save(new FileRecord(stored.sha256(), name, stored.size(), mediaType, uploader,
					now));
			texts.save(new FileText(record.id(), text, now));
			auditLog.record("file.uploaded", "file", record.id(), Map.of("name", name, "size", stored.size(),
					"mediaType", mediaType, "sha256", stored.sha256(), "text", text.outcome().name()));
			return record.view();
		}
		catch (DomainException refused) {
			LOG.info("Refused upload \"{}\" ({} bytes declared) by {}: {}", name, declaredSize, uploader.name(),
					refused.getMessage());
			throw refused;
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Could not store the upload \"" + name + "\"", failure);
		}
	}

	@Override
	public Optional<StoredFile> find(long id) {
		return records.findById(id).map(FileRecord::view);
	}

	@Override
	public StoredFile findReadable(long id, Actor actor) {
		return find(id).filter(file -> mayRead(file, actor))
			.orElseThrow(() -> new NotFoundException("files.error.not-found"));
	}

	@Override
	public InputStream open(long id) {
		FileRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("files.error.not-found"));
		try {
			return store.open(record.sha256());
		}
		catch (IOException failure) {
			throw new UncheckedIOException("The content of file " + id + " cannot be read", failure);
		}
	}

	@Override
	public Optional<String> text(long id) {
		return texts.findById(id).map(FileText::content).filter(text -> !text.isEmpty());
	}

	@Override
	public List<StoredFile> uploadedBy(long accountId) {
		return records.findByUploadedByOrderByUploadedAtDescIdDesc(accountId).stream().map(FileRecord::view).toList();
	}

	@Override
	public long maxUploadSize() {
		return staging.maxSize().toBytes();
	}

	@Override
	public boolean mayRead(StoredFile file, Actor actor) {
		return policies.stream().anyMatch(policy -> policy.mayRead(file, actor));
	}

}
