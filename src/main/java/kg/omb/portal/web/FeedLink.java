package kg.omb.portal.web;

/** A page's own Atom feed, announced in its head beside the portal's. */
public record FeedLink(String path, String title) {
}
