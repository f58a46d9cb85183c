package kg.omb.notifications.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DeliveryPreferenceRepository extends Repository<DeliveryPreference, Long> {

	DeliveryPreference save(DeliveryPreference preference);

	Optional<DeliveryPreference> findById(long accountId);

}
