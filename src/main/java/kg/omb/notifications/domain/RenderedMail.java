package kg.omb.notifications.domain;

/** An e-mail ready to send: its subject, a plain-text body and an HTML body saying the same. */
record RenderedMail(String subject, String text, String html) {
}
