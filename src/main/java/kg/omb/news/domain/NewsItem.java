package kg.omb.news.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.news.NewsStatus;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.Strings;
import kg.omb.shared.html.RichText;

/**
 * A news item of an OMB ({@code associationId}) or of the whole portal (none). It is written as a draft, published
 * now or scheduled for a later instant of the server's clock, and once published it can only be withdrawn, with a
 * reason: what the public has read is not silently changed. The body is kept sanitized.
 */
@Entity
@Table(name = "news_item")
public class NewsItem extends BaseEntity {

	public static final int MAX_ATTACHMENTS = 10;

	@Column(name = "association_id", updatable = false)
	private @Nullable Long associationId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "title_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private LocalizedText title;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "body_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "body_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "body_en")) })
	private LocalizedText body;

	@ElementCollection
	@CollectionTable(name = "news_attachment", joinColumns = @JoinColumn(name = "news_id"))
	@OrderColumn(name = "position")
	@Column(name = "file_id", nullable = false)
	private List<Long> attachments = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private NewsStatus status;

	@Column(name = "publish_at")
	private @Nullable Instant publishAt;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "withdrawn_at")
	private @Nullable Instant withdrawnAt;

	@Column(name = "withdrawal_reason")
	private @Nullable String withdrawalReason;

	protected NewsItem() {
		this.title = new LocalizedText(null, null, null);
		this.body = new LocalizedText(null, null, null);
		this.status = NewsStatus.DRAFT;
	}

	public NewsItem(@Nullable Long associationId, LocalizedText title, LocalizedText body) {
		this.associationId = associationId;
		this.status = NewsStatus.DRAFT;
		this.title = checkedTitle(title);
		this.body = sanitized(body);
	}

	/** Changes the text of a draft or of a scheduled item; a published one is withdrawn, not rewritten. */
	public void edit(LocalizedText newTitle, LocalizedText newBody) {
		requireEditable();
		this.title = checkedTitle(newTitle);
		this.body = sanitized(newBody);
	}

	public void attach(long fileId) {
		requireEditable();
		if (attachments.contains(fileId)) {
			return;
		}
		if (attachments.size() >= MAX_ATTACHMENTS) {
			throw new DomainException("news.error.too-many-attachments", MAX_ATTACHMENTS);
		}
		attachments.add(fileId);
	}

	public void detach(long fileId) {
		requireEditable();
		attachments.remove(fileId);
	}

	/** To be published at a later instant; a scheduled item may be scheduled again. */
	public void schedule(Instant at, Instant now) {
		if (status != NewsStatus.DRAFT && status != NewsStatus.SCHEDULED) {
			throw new DomainException("news.error.not-schedulable", status);
		}
		if (!at.isAfter(now)) {
			throw new DomainException("news.error.schedule-in-past");
		}
		this.status = NewsStatus.SCHEDULED;
		this.publishAt = at;
	}

	/** Back to a draft: the scheduled publication is called off. */
	public void unschedule() {
		if (status != NewsStatus.SCHEDULED) {
			throw new DomainException("news.error.not-scheduled", status);
		}
		this.status = NewsStatus.DRAFT;
		this.publishAt = null;
	}

	public void publish(Instant now) {
		if (status != NewsStatus.DRAFT && status != NewsStatus.SCHEDULED) {
			throw new DomainException("news.error.not-publishable", status);
		}
		this.status = NewsStatus.PUBLISHED;
		this.publishedAt = now;
		this.publishAt = null;
	}

	/** Whether it is scheduled for an instant that has come. */
	public boolean isDue(Instant now) {
		return status == NewsStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now);
	}

	public void withdraw(String reason, Instant now) {
		if (status != NewsStatus.PUBLISHED) {
			throw new DomainException("news.error.not-published", status);
		}
		String given = Strings.blankToNull(reason);
		if (given == null) {
			throw new DomainException("news.error.reason-required");
		}
		this.status = NewsStatus.WITHDRAWN;
		this.withdrawnAt = now;
		this.withdrawalReason = given.strip();
	}

	public boolean isPublished() {
		return status == NewsStatus.PUBLISHED;
	}

	private void requireEditable() {
		if (status != NewsStatus.DRAFT && status != NewsStatus.SCHEDULED) {
			throw new DomainException("news.error.not-editable", status);
		}
	}

	private static LocalizedText checkedTitle(LocalizedText title) {
		if (title.ky() == null) {
			throw new DomainException("news.error.title-required");
		}
		return new LocalizedText(title.ky().strip(), strip(title.ru()), strip(title.en()));
	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null ? null : text.strip();
	}

	private static LocalizedText sanitized(LocalizedText body) {
		return new LocalizedText(clean(body.ky()), clean(body.ru()), clean(body.en()));
	}

	private static @Nullable String clean(@Nullable String html) {
		if (html == null) {
			return null;
		}
		String safe = RichText.sanitize(html);
		return RichText.plainText(safe).isEmpty() ? null : safe;
	}

	public @Nullable Long getAssociationId() {
		return associationId;
	}

	public LocalizedText getTitle() {
		return title;
	}

	public LocalizedText getBody() {
		return Objects.requireNonNullElseGet(body, () -> new LocalizedText(null, null, null));
	}

	public List<Long> getAttachments() {
		return List.copyOf(attachments);
	}

	public NewsStatus getStatus() {
		return status;
	}

	public @Nullable Instant getPublishAt() {
		return publishAt;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	public @Nullable Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public @Nullable String getWithdrawalReason() {
		return withdrawalReason;
	}

}
