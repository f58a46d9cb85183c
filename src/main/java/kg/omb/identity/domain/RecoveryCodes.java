package kg.omb.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RecoveryCodes extends Repository<RecoveryCode, Long> {

	RecoveryCode save(RecoveryCode code);

	Optional<RecoveryCode> findByAccountIdAndCodeHash(long accountId, String codeHash);

	long countByAccountIdAndUsedAtIsNull(long accountId);

	List<RecoveryCode> findByAccountId(long accountId);

	void deleteByAccountId(long accountId);

}
