package kg.omb.news.domain;

import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.news.News;
import kg.omb.news.NewsStatus;
import kg.omb.news.NewsView;

/** The latest published news for other modules' pages. */
@Component
@Transactional(readOnly = true)
class NewsApi implements News {

	private final NewsItems items;

	NewsApi(NewsItems items) {
		this.items = items;
	}

	@Override
	public List<NewsView> latest(int count) {
		int size = Math.max(1, Math.min(count, 50));
		return items.findByStatusOrderByPublishedAtDescIdDesc(NewsStatus.PUBLISHED, PageRequest.of(0, size))
			.stream()
			.map(item -> new NewsView(item.id(), "/news/" + item.id(), item.getTitle(),
					Objects.requireNonNull(item.getPublishedAt()), item.getAssociationId()))
			.toList();
	}

}
