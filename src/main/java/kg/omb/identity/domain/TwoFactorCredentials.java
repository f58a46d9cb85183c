package kg.omb.identity.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface TwoFactorCredentials extends Repository<TwoFactorCredential, Long> {

	Optional<TwoFactorCredential> findByAccountId(long accountId);

	TwoFactorCredential save(TwoFactorCredential credential);

	void delete(TwoFactorCredential credential);

	boolean existsByAccountIdAndEnabledAtIsNotNull(long accountId);

}
