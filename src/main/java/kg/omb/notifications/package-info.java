/**
 * Notifications: the in-app list with its bell, e-mail through a persistent outbox (sent once across nodes, retried
 * with backoff), mail templates in the recipient's language, and each person's choice between e-mail at once and a
 * daily digest. Other modules call {@link kg.omb.notifications.Notifications}; identity's verification and password
 * reset events are mailed at once.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package kg.omb.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
