package kg.omb.news;

import java.util.List;

/** The news module's API for other modules, such as the portal's home page. */
public interface News {

	/** The most recently published items, newest first, at most {@code count} of them (1 to 50). */
	List<NewsView> latest(int count);

}
