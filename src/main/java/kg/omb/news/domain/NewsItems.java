package kg.omb.news.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import kg.omb.news.NewsStatus;

interface NewsItems extends JpaRepository<NewsItem, Long> {

	List<NewsItem> findByStatusOrderByPublishedAtDescIdDesc(NewsStatus status, Pageable page);

	List<NewsItem> findByStatus(NewsStatus status);

	@Query("select n.id from NewsItem n where n.status = kg.omb.news.NewsStatus.SCHEDULED and n.publishAt <= :now "
			+ "order by n.publishAt, n.id")
	List<Long> findDue(Instant now);

	List<NewsItem> findByAssociationIdInOrderByUpdatedAtDescIdDesc(Collection<Long> associationIds);

	List<NewsItem> findByAssociationIdIsNullOrderByUpdatedAtDescIdDesc();

	List<NewsItem> findAllByOrderByUpdatedAtDescIdDesc();

}
